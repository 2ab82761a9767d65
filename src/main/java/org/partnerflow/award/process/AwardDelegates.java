package org.partnerflow.award.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.partnerflow.award.AwardInterruptions;
import org.partnerflow.award.CloseOut;
import org.partnerflow.award.InterruptionSteps;
import org.partnerflow.award.Offers;
import org.partnerflow.award.PanelDecisions;
import org.partnerflow.award.Proposals;
import org.partnerflow.milestone.HeldTranches;
import org.partnerflow.tasks.TaskList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of grantAward, each a thin delegate (bean name = the model's delegateExpression) that reads
 * the award id and calls the API of the phase it belongs to.
 */
@Configuration(proxyBeanMethods = false)
class AwardDelegates {

    static long awardId(DelegateExecution execution) {
        return ((Number) execution.getVariable(TaskList.AWARD_ID)).longValue();
    }

    @Bean
    JavaDelegate checkEligibilityDelegate(Proposals proposals) {
        return execution -> execution.setVariable("eligible", proposals.checkEligibility(awardId(execution)));
    }

    @Bean
    JavaDelegate makeOfferDelegate(Offers offers) {
        return execution -> offers.makeOffer(awardId(execution));
    }

    @Bean
    JavaDelegate requestChangesDelegate(PanelDecisions decisions) {
        return execution -> decisions.requestChanges(awardId(execution));
    }

    @Bean
    JavaDelegate rejectProposalDelegate(PanelDecisions decisions) {
        return execution -> decisions.reject(awardId(execution));
    }

    @Bean
    JavaDelegate withdrawOfferDelegate(Offers offers) {
        return execution -> offers.withdrawOffer(awardId(execution));
    }

    /**
     * Activates the award and hands the call activity its milestones. The list is a transient variable: it is
     * read once, when the multi-instance call starts in the same transaction, and never stored (so no Java
     * serialization of process variables is needed).
     */
    @Bean
    JavaDelegate activateAwardDelegate(CloseOut closeOut) {
        return execution -> {
            CloseOut.Activation activation = closeOut.activate(awardId(execution));
            execution.setVariable("milestoneIds",
                    Variables.objectValue(new java.util.ArrayList<>(activation.milestoneIds()), true).create());
            execution.setVariable("closeOutAt", activation.closeOutAt());
            execution.setVariable("learningReviewDates",
                    Variables.objectValue(new java.util.ArrayList<>(activation.learningReviewDates()), true).create());
        };
    }

    /** Closes the award and names the milestone whose tranche was held for close-out (null if none). */
    @Bean
    JavaDelegate closeAwardDelegate(CloseOut closeOut, HeldTranches held) {
        return execution -> {
            closeOut.close(awardId(execution));
            execution.setVariable("heldTrancheMilestoneId", held.heldMilestone(awardId(execution)).orElse(null));
        };
    }

    /** Starts the two-person release of the tranche held for close-out, now that the final report is accepted. */
    @Bean
    JavaDelegate releaseHeldTrancheDelegate(HeldTranches held) {
        return execution -> held.openRelease(awardId(execution),
                ((Number) execution.getVariable(TaskList.PARTNERSHIP_ID)).longValue(),
                ((Number) execution.getVariable("heldTrancheMilestoneId")).longValue());
    }

    /** Suspends the award: the reason and who asked come with the awardSuspended message. */
    @Bean
    JavaDelegate suspendAwardDelegate(InterruptionSteps steps) {
        return execution -> steps.suspend(awardId(execution), reason(execution), by(execution));
    }

    @Bean
    JavaDelegate resumeAwardDelegate(InterruptionSteps steps) {
        return execution -> steps.resume(awardId(execution), reason(execution), by(execution));
    }

    /** Ends the award early; the awardTerminated boundary has already ended its milestones and learning reviews. */
    @Bean
    JavaDelegate terminateAwardDelegate(InterruptionSteps steps) {
        return execution -> steps.terminate(awardId(execution), reason(execution),
                java.time.LocalDate.parse((String) execution.getVariable(AwardInterruptions.EFFECTIVE_DATE)),
                by(execution));
    }

    private static String reason(DelegateExecution execution) {
        return (String) execution.getVariable(AwardInterruptions.REASON);
    }

    private static String by(DelegateExecution execution) {
        return (String) execution.getVariable(AwardInterruptions.BY);
    }
}
