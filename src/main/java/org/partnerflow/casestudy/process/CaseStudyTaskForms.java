package org.partnerflow.casestudy.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.casestudy.ApprovalRequest;
import org.partnerflow.casestudy.CaseStudyUpdates;
import org.partnerflow.casestudy.Draft;
import org.partnerflow.casestudy.TriageRequest;
import org.partnerflow.casestudy.UpdateContexts;
import org.partnerflow.tasks.TaskForm;
import org.partnerflow.tasks.TaskForms;
import org.partnerflow.tasks.WorkItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of caseStudyUpdate plugged into the task list. The business key is the update's id. */
@Configuration(proxyBeanMethods = false)
class CaseStudyTaskForms {

    @Bean
    TaskForm<TriageRequest> triageUpdateRequestForm(CaseStudyUpdates updates, UpdateContexts contexts) {
        return form("triageUpdateRequest", TriageRequest.class, contexts, (task, body, user) -> {
            updates.triage(updateId(task), body, user.getUsername());
            return Map.of("triageDecision", body.decision().name());
        });
    }

    @Bean
    TaskForm<Draft> draftCaseStudyVersionForm(CaseStudyUpdates updates, UpdateContexts contexts) {
        return form("draftCaseStudyVersion", Draft.class, contexts, (task, body, user) -> {
            updates.draft(updateId(task), body, user.getUsername());
            return Map.of();
        }).withPrefill((task, data, user) -> (Draft) data.get("prefill"));
    }

    @Bean
    TaskForm<ApprovalRequest> approveCaseStudyVersionForm(CaseStudyUpdates updates, UpdateContexts contexts) {
        return form("approveCaseStudyVersion", ApprovalRequest.class, contexts, (task, body, user) -> {
            updates.approve(updateId(task), body, user.getUsername());
            return Map.of("approvalDecision", body.decision().name());
        });
    }

    static long updateId(WorkItem task) {
        return Long.parseLong(task.businessKey());
    }

    /**
     * The case study and the update so far; a draft form also gets the text it starts from (as prefill, which the
     * API has always shown and the page starts from).
     */
    private static <B> TaskForms.Form<B> form(String key, Class<B> type, UpdateContexts contexts,
            TaskForms.Completion<B> completion) {
        return TaskForms.of(key, type, task -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("caseStudyUpdate", contexts.of(updateId(task), key.equals("triageUpdateRequest")));
            if (key.equals("draftCaseStudyVersion")) {
                data.put("prefill", contexts.startingText(updateId(task)));
            }
            return data;
        }, completion);
    }
}
