package org.partnerflow.casestudy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.casestudy.CaseStudyUpdates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of caseStudyUpdate: thin delegates over {@link CaseStudyUpdates}. */
@Configuration(proxyBeanMethods = false)
class CaseStudyDelegates {

    static long updateId(DelegateExecution execution) {
        return ((Number) execution.getVariable("updateId")).longValue();
    }

    @Bean
    JavaDelegate publishCaseStudyVersionDelegate(CaseStudyUpdates updates) {
        return execution -> execution.setVariable("publishedVersion", updates.publish(updateId(execution)));
    }

    @Bean
    JavaDelegate recordDeclinedRequestDelegate(CaseStudyUpdates updates) {
        return execution -> updates.recordDecline(updateId(execution));
    }
}
