package org.partnerflow.milestone.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.milestone.EvidenceRequest;
import org.partnerflow.milestone.EvidenceSubmission;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.ReleaseDecisionRequest;
import org.partnerflow.milestone.ReleaseProposalRequest;
import org.partnerflow.milestone.ReviewRequest;
import org.partnerflow.tasks.FollowUpRequest;
import org.partnerflow.tasks.FollowUps;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of milestoneDelivery plugged into the task list. The business key is the milestone id. */
@Configuration(proxyBeanMethods = false)
class MilestoneTaskForms {

    private final MilestoneContexts contexts;

    MilestoneTaskForms(MilestoneContexts contexts) {
        this.contexts = contexts;
    }

    @Bean
    TaskForm<EvidenceRequest> submitMilestoneEvidenceForm(MilestoneDelivery delivery) {
        return form("submitMilestoneEvidence", EvidenceRequest.class, delivery, (task, body, user) -> {
            delivery.submitEvidence(milestoneId(task), task.partnershipId(), body, user.getUsername());
            return Map.of();
        }).withPrefill((task, data, user) -> returnedEvidence(history(data)));
    }

    @Bean
    TaskForm<ReviewRequest> reviewMilestoneEvidenceForm(MilestoneDelivery delivery) {
        return form("reviewMilestoneEvidence", ReviewRequest.class, delivery, (task, body, user) -> {
            delivery.review(milestoneId(task), body, user.getUsername());
            return Map.of("decision", body.decision().name());
        });
    }

    @Bean
    TaskForm<FollowUpRequest> followUpOverdueMilestoneForm(MilestoneDelivery delivery, FollowUps followUps) {
        return form("followUpOverdueMilestone", FollowUpRequest.class, delivery,
                followUps.completion(task -> delivery.followUpSubject(milestoneId(task))));
    }

    @Bean
    TaskForm<ReleaseProposalRequest> proposeTrancheReleaseForm(MilestoneDelivery delivery) {
        return form("proposeTrancheRelease", ReleaseProposalRequest.class, delivery, (task, body, user) -> {
            delivery.proposeRelease(milestoneId(task), body, user.getUsername());
            return Map.of();
        }).withPrefill((task, data, user) -> history(data) == null ? null
                : new ReleaseProposalRequest(history(data).milestone().trancheAmount(), null));
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

    /** Returned evidence starts as it was sent, so the partnership changes what was asked rather than retyping it. */
    private static EvidenceRequest returnedEvidence(MilestoneHistory history) {
        if (history == null || history.submissions().isEmpty()) {
            return null;
        }
        EvidenceSubmission latest = history.submissions().get(history.submissions().size() - 1);
        return new EvidenceRequest(latest.getNarrative(), latest.getLinks());
    }

    private static MilestoneHistory history(Map<String, Object> data) {
        return data.get("milestone") instanceof MilestoneHistory history ? history : null;
    }

    /** Every milestone task's form shows the milestone with its history; its page, the milestone as it stands. */
    private <B> TaskForms.Form<B> form(String key, Class<B> type, MilestoneDelivery delivery,
            TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("milestone", delivery.history(milestoneId(task)));
            return data;
        }, completion).withPageContext((task, data, user) ->
                Collections.singletonMap("milestone", contexts.of(history(data), user)));
    }
}
