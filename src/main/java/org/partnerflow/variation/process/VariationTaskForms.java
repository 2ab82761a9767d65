package org.partnerflow.variation.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.variation.ApproveVariationRequest;
import org.partnerflow.variation.AssessVariationRequest;
import org.partnerflow.variation.VariationSteps;
import org.partnerflow.variation.VariationViews;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The user tasks of awardVariation plugged into the task list. The business key is the variation's id; the form
 * shows the award as it stands beside the variation asked for.
 */
@Configuration(proxyBeanMethods = false)
class VariationTaskForms {

    @Bean
    TaskForm<AssessVariationRequest> assessVariationForm(VariationSteps steps, VariationViews views,
            AwardQueries awards) {
        return form("assessVariation", AssessVariationRequest.class, views, awards, (task, body, user) -> {
            steps.assess(variationId(task), body, user.getUsername());
            return Map.of("variationAssessment", body.decision().name());
        });
    }

    @Bean
    TaskForm<ApproveVariationRequest> approveVariationForm(VariationSteps steps, VariationViews views,
            AwardQueries awards) {
        return form("approveVariation", ApproveVariationRequest.class, views, awards, (task, body, user) -> {
            steps.approve(variationId(task), body, user.getUsername());
            return Map.of("variationApproval", body.decision().name());
        });
    }

    static long variationId(WorkItem task) {
        return Long.parseLong(task.businessKey());
    }

    private static <B> TaskForms.Form<B> form(String key, Class<B> type, VariationViews views, AwardQueries awards,
            TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("award", awards.detail(task.awardId()));
            data.put("variation", views.get(variationId(task)));
            return data;
        }, completion).withPageContext((task, data, user) -> Map.of("award", (AwardDetail) data.get("award")));
    }
}
