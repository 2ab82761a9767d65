package org.partnerflow.milestone.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.milestone.MilestonePlan;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.milestone.MilestoneProperties;
import org.partnerflow.milestone.MilestoneSchedule;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of milestoneDelivery: thin delegates over the milestone plan and delivery APIs. */
@Configuration(proxyBeanMethods = false)
class MilestoneDelegates {

    static final String RELEASE_APPROVED_BY = "releaseApprovedBy";
    private static final Logger log = LoggerFactory.getLogger(MilestoneDelegates.class);

    static long milestoneId(DelegateExecution execution) {
        return ((Number) execution.getVariable("milestoneId")).longValue();
    }

    /** Sets the timers' dates from the milestone's due date and remembers which tranche it gates. */
    @Bean
    JavaDelegate scheduleMilestoneDelegate(MilestonePlan plan, MilestoneProperties properties) {
        return execution -> {
            MilestoneFacts facts = plan.facts(milestoneId(execution));
            MilestoneSchedule schedule = MilestoneSchedule.of(facts.dueDate(), properties.reminderBefore());
            execution.setVariable("reminderAt", schedule.reminderAt());
            execution.setVariable("overdueAt", schedule.overdueAt());
            execution.setVariable("trancheId", facts.trancheId());
        };
    }

    /** E-mails the partnership a reminder while the evidence is still missing. */
    @Bean
    JavaDelegate sendMilestoneReminderDelegate(MilestonePlan plan, Notifier notifier, Formats formats) {
        return execution -> {
            MilestoneFacts facts = plan.facts(milestoneId(execution));
            if (facts.status() == MilestoneStatus.PLANNED || facts.status() == MilestoneStatus.CHANGES_REQUESTED) {
                log.info("Reminder: evidence for milestone '{}' of {} is due on {}", facts.title(),
                        facts.awardReference(), facts.dueDate());
                notifier.send(MilestoneNotices.reminder(facts, formats));
            }
        };
    }

    /** Marks the milestone overdue while the evidence is missing, and escalates to the partnership and managers. */
    @Bean
    JavaDelegate markMilestoneOverdueDelegate(MilestonePlan plan, Notifier notifier, Formats formats) {
        return execution -> {
            long milestoneId = milestoneId(execution);
            boolean overdue = plan.markOverdueIfMissing(milestoneId);
            execution.setVariable("milestoneOverdue", overdue);
            if (overdue) {
                MilestoneFacts facts = plan.facts(milestoneId);
                notifier.send(MilestoneNotices.overdue(facts, false, formats));
                notifier.send(MilestoneNotices.overdue(facts, true, formats));
            }
        };
    }

    /**
     * Withdraws the milestone an approved award variation dropped (its tranche is cancelled), in the variation's
     * transaction: the message that starts the withdrawal is sent from there.
     */
    @Bean
    JavaDelegate withdrawMilestoneDelegate(org.partnerflow.milestone.MilestoneWithdrawals withdrawals) {
        return execution -> withdrawals.withdraw(milestoneId(execution),
                (String) execution.getVariable("withdrawalReason"), (String) execution.getVariable("withdrawnBy"));
    }

    @Bean
    JavaDelegate returnMilestoneEvidenceDelegate(MilestonePlan plan) {
        return execution -> plan.returnForChanges(milestoneId(execution));
    }

    /** Approves the milestone; the award's last tranche is held instead where the programme holds it for close-out. */
    @Bean
    JavaDelegate approveMilestoneDelegate(MilestonePlan plan, org.partnerflow.milestone.HeldTranches held) {
        return execution -> {
            plan.approve(milestoneId(execution));
            execution.setVariable("trancheHeldForCloseOut", held.holdIfFinal(milestoneId(execution)));
        };
    }

    @Bean
    JavaDelegate releaseTrancheDelegate(MilestoneDelivery delivery) {
        return execution -> delivery.release(milestoneId(execution),
                (String) execution.getVariable(RELEASE_APPROVED_BY));
    }

    /**
     * Tells the partnership its tranche has been paid. Runs in a job of its own after the release committed
     * (asyncBefore in the model): a failure here is retried and then becomes an incident; the release stays.
     */
    @Bean
    JavaDelegate notifyTrancheReleasedDelegate(MilestonePlan plan, Notifier notifier, Formats formats) {
        return execution -> {
            MilestoneFacts facts = plan.facts(milestoneId(execution));
            notifier.send(MilestoneNotices.trancheReleased(facts, formats));
        };
    }
}
