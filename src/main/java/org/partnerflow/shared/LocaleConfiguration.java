package org.partnerflow.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Which language a page is written in: the browser's Accept-Language, among the languages the service offers
 * (partnerflow.i18n.locales, en-GB unless configured). A language without its bundles would show keys, so a
 * browser asking for anything else gets the first configured one.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    @Bean
    LocaleResolver localeResolver(@Value("${partnerflow.i18n.locales:en-GB}") List<String> tags) {
        List<Locale> locales = tags.stream().map(String::strip).map(Locale::forLanguageTag).toList();
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(locales);
        resolver.setDefaultLocale(locales.get(0));
        return resolver;
    }
}
