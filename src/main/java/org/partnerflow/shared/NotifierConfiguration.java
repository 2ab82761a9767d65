package org.partnerflow.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until e-mail is configured, notifications are written to the log (logger {@code org.partnerflow.notifications}).
 * A module that sends real messages declares its own {@link Notifier} bean, which replaces this one.
 */
@Configuration(proxyBeanMethods = false)
class NotifierConfiguration {

    private static final Logger log = LoggerFactory.getLogger("org.partnerflow.notifications");

    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    Notifier loggingNotifier() {
        return n -> log.info("Notification to {}: {} [{}]", n.audience(), n.subject(), n.key());
    }
}
