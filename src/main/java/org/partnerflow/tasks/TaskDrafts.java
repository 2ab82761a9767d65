package org.partnerflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.TextSafety;
import org.partnerflow.tasks.internal.DraftRows;
import org.partnerflow.tasks.internal.OneCommandCompletion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of task forms: a candidate saves what they have so far (any JSON object, usually the task's body half
 * filled in) and anyone who may work on the task reads it back until the task ends, when it goes with it. Saving
 * neither claims nor completes the task, and is not audited: nothing in the programme changes.
 */
@Service
public class TaskDrafts {

    /** The largest draft, as JSON text in UTF-8: the API's request limit, whatever that is set to. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final OneCommandCompletion locks;
    private final TaskAccess access;
    private final DraftRows rows;
    private final TaskService taskService;
    private final ObjectMapper json;
    private final Clock clock;

    TaskDrafts(OneCommandCompletion locks, TaskAccess access, DraftRows rows, TaskService taskService,
            ObjectMapper json, Clock clock) {
        this.locks = locks;
        this.access = access;
        this.rows = rows;
        this.taskService = taskService;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Replaces the task's draft. Refused as completing is (404 for another partnership's task, 403 for staff who
     * are not candidates, 409 when it is completed or claimed by someone else), then 400 for a body that is not a
     * JSON object, is over 1 MiB or holds the NUL character. The task's row is locked as a completion locks it, so
     * a draft is never saved for a task that a parallel completion has just ended.
     */
    @Transactional
    public TaskDraft save(String taskId, JsonNode body, PartnerflowUser user) {
        WorkItem task = locks.lockAndRead(taskId).orElse(null);
        if (task == null) {
            access.get(taskId, user); // not open: 404, 403 or 409 as for reading it
            throw TaskAccess.completed(taskId);
        }
        access.checkMayWorkOn(task, user);
        TaskAccess.checkNotClaimedByAnother(task, user);
        String text = checked(body);
        TaskDraft draft = new TaskDraft(body, clock.instant(), user.getUsername());
        if (rows.save(taskId, text, draft.savedAt(), draft.savedBy())) {
            taskService.setVariableLocal(taskId, DraftRows.MARKER, true);
        }
        return draft;
    }

    /** The draft of a task the caller has already been allowed to see (TaskList.get), if it has one. */
    @Transactional(readOnly = true)
    public Optional<TaskDraft> of(WorkItem task) {
        return rows.find(task.id()).map(row -> new TaskDraft(parse(row.json()), row.savedAt(), row.savedBy()));
    }

    private String checked(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new DomainRuleViolation("body", "must be a JSON object");
        }
        String nul = pathWithNul(body, "");
        if (nul != null) {
            throw new DomainRuleViolation(nul.isEmpty() ? "body" : nul, TextSafety.NUL_RULE);
        }
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new DomainRuleViolation("body", "is not valid JSON");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainRuleViolation("body", "must be at most 1 MiB (" + MAX_BYTES + " bytes) as JSON");
        }
        return text;
    }

    /** The path of the first text holding NUL, which pages could not show and the completion would refuse. */
    private static String pathWithNul(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\u0000') >= 0 ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = pathWithNul(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String here = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            String found = field.getKey().indexOf('\u0000') >= 0 ? here : pathWithNul(field.getValue(), here);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task_draft holds text that is not JSON", e);
        }
    }
}
