package org.partnerflow.notification;

import java.util.Map;
import java.util.Set;
import org.partnerflow.shared.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates in templates/mail: name.txt (Thymeleaf TEXT mode, required) and name.html (HTML mode,
 * escaped by th:text, optional). Templates read the notification's model, fmt (the pages' money and date formats) and the
 * message bundles (keys mail.*), in the service's default language.
 */
@Component
class MailTemplates {

    private static final String PREFIX = "templates/mail/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Formats formats;

    MailTemplates(Formats formats, MessageSource messages) {
        this.formats = formats;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    /** The plain text and, when the template has one, the HTML of a message. */
    /** Always in the service's default language, even when a request in another language sends the mail. */
    Rendered render(String template, Map<String, Object> model) {
        return formats.inDefaultLanguage(() -> {
            Context context = new Context(formats.locale());
            context.setVariables(model);
            context.setVariable("fmt", formats);
            String text = engine.process(template + ".txt", context);
            String html = exists(template + ".html") ? engine.process(template + ".html", context) : null;
            return new Rendered(text, html);
        });
    }

    record Rendered(String text, String html) {
    }

    private static boolean exists(String name) {
        return MailTemplates.class.getClassLoader().getResource(PREFIX + name) != null;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
