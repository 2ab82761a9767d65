package org.partnerflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.partnerflow.award.Awards;
import org.partnerflow.award.MilestonePlan;
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

    /**
     * Activates the award and hands the call activity its milestones. The list is a transient variable: it is
     * read once, when the multi-instance call starts in the same transaction, and never stored (so no Java
     * serialization of process variables is needed).
     */
    @Bean
    JavaDelegate activateAwardDelegate(Awards awards) {
        return execution -> {
            Awards.Activation activation = awards.activate(awardId(execution));
            execution.setVariable("milestoneIds",
                    Variables.objectValue(new java.util.ArrayList<>(activation.milestoneIds()), true).create());
            execution.setVariable("closeOutAt", activation.closeOutAt());
            execution.setVariable("learningReviewDates",
                    Variables.objectValue(new java.util.ArrayList<>(activation.learningReviewDates()), true).create());
        };
    }

    @Bean
    JavaDelegate closeAwardDelegate(MilestonePlan plan) {
        return execution -> plan.close(awardId(execution));
    }
}
