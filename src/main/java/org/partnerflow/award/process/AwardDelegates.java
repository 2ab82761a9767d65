package org.partnerflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.award.Awards;
import org.partnerflow.tasks.TaskList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of grantAward, each a thin delegate (bean name = the model's delegateExpression) that reads
 * the award id and calls the Awards API.
 */
@Configuration(proxyBeanMethods = false)
class AwardDelegates {

    static long awardId(DelegateExecution execution) {
        return ((Number) execution.getVariable(TaskList.AWARD_ID)).longValue();
    }

    @Bean
    JavaDelegate checkEligibilityDelegate(Awards awards) {
        return execution -> execution.setVariable("eligible", awards.checkEligibility(awardId(execution)));
    }

    @Bean
    JavaDelegate makeOfferDelegate(Awards awards) {
        return execution -> awards.makeOffer(awardId(execution));
    }

    @Bean
    JavaDelegate requestChangesDelegate(Awards awards) {
        return execution -> awards.requestChanges(awardId(execution));
    }

    @Bean
    JavaDelegate rejectProposalDelegate(Awards awards) {
        return execution -> awards.reject(awardId(execution));
    }

    @Bean
    JavaDelegate withdrawOfferDelegate(Awards awards) {
        return execution -> awards.withdrawOffer(awardId(execution));
    }

    @Bean
    JavaDelegate activateAwardDelegate(Awards awards) {
        return execution -> awards.activate(awardId(execution));
    }
}
