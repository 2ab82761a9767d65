package org.partnerflow.tasks.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.tasks.AttachmentView;
import org.partnerflow.tasks.TaskClaims;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskDrafts;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskUploads;
import org.partnerflow.tasks.UploadedFile;
import org.springframework.web.multipart.MultipartFile;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The caller's user tasks across every workflow")
class TaskApiController {

    private final TaskList tasks;
    private final TaskClaims claims;
    private final TaskCompletion completion;
    private final TaskUploads uploads;
    private final TaskDrafts drafts;

    TaskApiController(TaskList tasks, TaskClaims claims, TaskCompletion completion, TaskUploads uploads,
            TaskDrafts drafts) {
        this.tasks = tasks;
        this.claims = claims;
        this.completion = completion;
        this.uploads = uploads;
        this.drafts = drafts;
    }

    @GetMapping
    @Operation(summary = "The caller's tasks: assigned to them or offered to one of their groups; overdue first")
    List<WorkItem> list(@RequestParam(required = false) String taskDefinitionKey,
            @RequestParam(required = false) Long partnershipId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Parameter(description = "at most 200") int size) {
        return tasks.visibleTo(CurrentUser.get(), new TaskFilter(taskDefinitionKey, partnershipId, overdue, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task and the data its form shows; a saved draft as data.draft (with data.draftSavedAt "
            + "and data.draftSavedBy) until the task is completed")
    TaskDetail get(@PathVariable String id) {
        WorkItem task = tasks.get(id, CurrentUser.get());
        return new TaskDetail(task, tasks.formData(task));
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a task; 409 when someone else has it")
    ResponseEntity<Void> claim(@PathVariable String id) {
        claims.claim(id, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        claims.unclaim(id, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete a task with its typed body (see the task keys in docs/api.md); "
            + "409 when already completed or claimed by someone else")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        completion.complete(id, body, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Save a draft of the task's form: any JSON object up to 1 MiB, replacing the last one; 204. "
            + "For the task's candidates, as completing is; it neither claims nor completes the task, and goes when "
            + "the task is completed")
    ResponseEntity<Void> saveDraft(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        drafts.save(id, body, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Attach a file to a task (evidence): PDF, office, image or text, at most 10 MB; 201")
    ResponseEntity<AttachmentView> attach(@PathVariable String id, @RequestParam("file") MultipartFile file)
            throws java.io.IOException {
        AttachmentView stored = uploads.attach(id, new UploadedFile(file.getOriginalFilename(), file.getContentType(),
                file.getBytes()), CurrentUser.get());
        return ResponseEntity.status(201).body(stored);
    }

    /** A task with what its form shows. */
    record TaskDetail(@JsonUnwrapped WorkItem task, Map<String, Object> data) {
    }
}
