package org.partnerflow.variation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.variation.VariationStatus;
import org.partnerflow.variation.VariationSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of awardVariation: thin delegates over {@link VariationSteps}. */
@Configuration(proxyBeanMethods = false)
class VariationDelegates {

    static long variationId(DelegateExecution execution) {
        return ((Number) execution.getVariable("variationId")).longValue();
    }

    /** Runs in the approval's transaction (no asynchronous continuation): a broken rule keeps the approval open. */
    @Bean
    JavaDelegate applyVariationDelegate(VariationSteps steps) {
        return execution -> steps.apply(variationId(execution));
    }

    @Bean
    JavaDelegate recordVariationReturnedDelegate(VariationSteps steps) {
        return execution -> steps.close(variationId(execution), VariationStatus.RETURNED);
    }

    @Bean
    JavaDelegate recordVariationRejectedDelegate(VariationSteps steps) {
        return execution -> steps.close(variationId(execution), VariationStatus.REJECTED);
    }

    @Bean
    JavaDelegate recordVariationWithdrawnDelegate(VariationSteps steps) {
        return execution -> steps.withdraw(variationId(execution), (String) execution.getVariable("withdrawnBy"));
    }
}
