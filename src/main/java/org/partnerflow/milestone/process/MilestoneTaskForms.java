package org.partnerflow.milestone.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.milestone.EvidenceRequest;
import org.partnerflow.milestone.FollowUpRequest;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.milestone.ReleaseDecisionRequest;
import org.partnerflow.milestone.ReleaseProposalRequest;
import org.partnerflow.milestone.ReviewRequest;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of milestoneDelivery plugged into the task list. The business key is the milestone id. */
@Configuration(proxyBeanMethods = false)
class MilestoneTaskForms {

    @Bean
    TaskForm<EvidenceRequest> submitMilestoneEvidenceForm(MilestoneDelivery delivery) {
        return form("submitMilestoneEvidence", EvidenceRequest.class, delivery, (task, body, user) -> {
            delivery.submitEvidence(milestoneId(task), task.partnershipId(), body, user.getUsername());
            return Map.of();
        });
    }

    @Bean
    TaskForm<ReviewRequest> reviewMilestoneEvidenceForm(MilestoneDelivery delivery) {
        return form("reviewMilestoneEvidence", ReviewRequest.class, delivery, (task, body, user) -> {
            delivery.review(milestoneId(task), body, user.getUsername());
            return Map.of("decision", body.decision().name());
        });
    }

    @Bean
    TaskForm<FollowUpRequest> followUpOverdueMilestoneForm(MilestoneDelivery delivery) {
        return form("followUpOverdueMilestone", FollowUpRequest.class, delivery, (task, body, user) -> {
            delivery.followUp(milestoneId(task), body, user.getUsername());
            return Map.of();
        });
    }

    @Bean
    TaskForm<ReleaseProposalRequest> proposeTrancheReleaseForm(MilestoneDelivery delivery) {
        return form("proposeTrancheRelease", ReleaseProposalRequest.class, delivery, (task, body, user) -> {
            delivery.proposeRelease(milestoneId(task), body, user.getUsername());
            return Map.of();
        });
    }

    @Bean
    TaskForm<ReleaseDecisionRequest> approveTrancheReleaseForm(MilestoneDelivery delivery) {
        return form("approveTrancheRelease", ReleaseDecisionRequest.class, delivery, (task, body, user) -> {
            delivery.decideRelease(milestoneId(task), body, user.getUsername());
            return Map.of("releaseDecision", body.decision().name(),
                    MilestoneDelegates.RELEASE_APPROVED_BY, user.getUsername());
        });
    }

    static long milestoneId(WorkItem task) {
        return Long.parseLong(task.businessKey());
    }

    private static <B> TaskForm<B> form(String key, Class<B> type, MilestoneDelivery delivery,
            TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("milestone", delivery.history(milestoneId(task)));
            return data;
        }, completion);
    }
}
