package org.partnerflow.integrity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.integrity.DutyRules;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the separation-of-duties filter on Camunda's REST API, after Spring Security's chains. */
@Configuration(proxyBeanMethods = false)
class EngineRestDutyConfiguration {

    @Bean
    FilterRegistrationBean<EngineRestDutyFilter> engineRestDutyFilter(TaskService taskService, DutyRules rules,
            ObjectMapper json) {
        FilterRegistrationBean<EngineRestDutyFilter> registration =
                new FilterRegistrationBean<>(new EngineRestDutyFilter(taskService, rules, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
