package org.partnerflow.tasks.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
import java.util.Set;
import org.partnerflow.tasks.AttachmentView;
import org.partnerflow.tasks.TaskClaims;
import org.partnerflow.tasks.TaskUploads;
import org.partnerflow.tasks.UploadedFile;
import org.partnerflow.tasks.TaskCompletion;
import org.partnerflow.tasks.TaskDraft;
import org.partnerflow.tasks.TaskDrafts;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.WorkItem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task's page: its context and form, completion, claim and unclaim. Every call goes through TaskList,
 * TaskClaims and TaskCompletion exactly as the API does, so the page refuses whom the API refuses (404 for another partnership's task, 403 for staff
 * who are not candidates, 409 when it is done or someone else has it), and a completion from the page is the
 * API's completion with the form turned into the same JSON body. What the form starts from and what the page
 * shows beside it come from the task's TaskForm.
 */
@Controller
@RequestMapping("/tasks/{id}")
class TaskFormController {

    private final TaskList tasks;
    private final TaskClaims claims;
    private final TaskCompletion completion;
    private final TaskDrafts drafts;
    private final ObjectMapper json;
    private final Formats fmt;
    private final TaskUploads uploads;

    TaskFormController(TaskList tasks, TaskClaims claims, TaskCompletion completion, TaskDrafts drafts,
            ObjectMapper json, Formats fmt, TaskUploads uploads) {
        this.uploads = uploads;
        this.tasks = tasks;
        this.claims = claims;
        this.completion = completion;
        this.drafts = drafts;
        this.json = json;
        this.fmt = fmt;
    }

    /** The form starts from the task's draft when it has one, else from what its TaskForm gives. */
    @GetMapping
    String show(@PathVariable String id, Model model) {
        PartnerflowUser user = CurrentUser.get();
        WorkItem task = tasks.get(id, user);
        Map<String, Object> data = tasks.formData(task);
        // After an upload the page comes back with what the reader had typed; else from the draft, else the prefill.
        @SuppressWarnings("unchecked")
        Map<String, String> kept = model.getAttribute("kept") instanceof Map<?, ?> typed ? (Map<String, String>) typed : null;
        FormState form = FormState.of(kept != null ? kept : data.get(TaskList.DRAFT) instanceof JsonNode draft
                ? FormToJson.flatten(draft) : prefill(task, data, user));
        if (model.getAttribute("addedRow") instanceof String list) { // flashed by Add another
            form = form.withAddedRow(list);
        }
        model.addAttribute("draftSavedAt", data.get(TaskList.DRAFT + "SavedAt"));
        model.addAttribute("draftSavedBy", data.get(TaskList.DRAFT + "SavedBy"));
        return render(task, data, form, model);
    }

    /**
     * Save as draft, Add another and Remove: the form as it is becomes the task's draft (the API's PUT .../draft,
     * with the same refusals), less a removed row, and the page opens again from it, with an added row where asked.
     */
    @PostMapping(params = "_draft")
    String saveDraft(@PathVariable String id, @RequestParam("_draft") String button, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        WorkItem task = tasks.get(id, user);
        DraftButton action = DraftButton.of(button);
        Map<String, String[]> fields = action.fields(request.getParameterMap());
        var rowKeys = TaskPages.rowKeys(task.taskDefinitionKey());
        FormToJson.Result form = FormToJson.convert(fields, rowKeys);
        TaskDraft saved;
        try {
            saved = drafts.save(id, form.body(), user);
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(task, tasks.formData(task),
                    FormState.submitted(fields, broken.errors(), form::formPath, rowKeys), model);
        }
        redirect.addFlashAttribute("notice", fmt.text(action.noticeKey(), fmt.time(saved.savedAt())));
        if (action.kind() == DraftButton.Kind.ADD) {
            redirect.addFlashAttribute("addedRow", action.list());
        }
        return "redirect:/tasks/{id}" + action.anchor(form.body().path(String.valueOf(action.list())).size());
    }

    @PostMapping
    String complete(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        WorkItem task = tasks.get(id, user);
        var rowKeys = TaskPages.rowKeys(task.taskDefinitionKey());
        FormToJson.Result form = FormToJson.convert(request.getParameterMap(), rowKeys);
        try {
            if (!form.dateErrors().isEmpty()) {
                refuseWithDates(task, form);
            }
            // A file chosen but not yet uploaded goes with the evidence: stored first, through the API's own checks.
            UploadedFile file = TaskFiles.chosen(request);
            if (file != null) {
                uploads.attach(id, file, user);
            }
            completion.complete(id, form.body(), user);
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            FormState state = FormState.submitted(request.getParameterMap(), broken.errors(), form::formPath, rowKeys);
            return render(task, tasks.formData(task), state, model);
        }
        redirect.addFlashAttribute("done", fmt.text(TaskPages.doneKey(task.taskDefinitionKey(), form.body())));
        return "redirect:/tasks";
    }

    /**
     * A file for the task (evidence), from its page: the API's upload (TaskUploads: the same access rules, the same
     * AttachmentPolicy), then back to the page with a notice and the reader's typed values kept.
     */
    @PostMapping("/attachments")
    String upload(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        WorkItem task = tasks.get(id, user);
        try {
            UploadedFile file = TaskFiles.chosen(request);
            if (file == null) {
                throw new DomainRuleViolation("file", fmt.text("evidenceFiles.rule.choose"));
            }
            AttachmentView stored = uploads.attach(id, file, user);
            redirect.addFlashAttribute("notice", fmt.text("evidenceFiles.uploaded", stored.fileName()));
            redirect.addFlashAttribute("kept", TaskFiles.kept(request.getParameterMap()));
            return "redirect:/tasks/{id}";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            FormState state = FormState.submitted(request.getParameterMap(), broken.errors(), f -> f, Set.of());
            return render(task, tasks.formData(task), state, model);
        }
    }

    @PostMapping("/claim")
    String claim(@PathVariable String id, RedirectAttributes redirect) {
        claims.claim(id, CurrentUser.get());
        redirect.addFlashAttribute("notice", fmt.text("task.notice.claimed"));
        return "redirect:/tasks/{id}";
    }

    @PostMapping("/unclaim")
    String unclaim(@PathVariable String id, RedirectAttributes redirect) {
        claims.unclaim(id, CurrentUser.get());
        redirect.addFlashAttribute("notice", fmt.text("task.notice.unclaimed"));
        return "redirect:/tasks/{id}";
    }

    /** Done already, or claimed by someone else: say so in words rather than show a form that cannot work. */
    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException conflict, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("message", conflict.getMessage());
        return "tasks/conflict";
    }

    /**
     * Dates that are not real are never sent on: the page names them, with whatever else the body breaks as a
     * completion would check it (the dates left out, so a missing date is not named twice).
     */
    private void refuseWithDates(WorkItem task, FormToJson.Result form) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        form.dateErrors().forEach(e -> errors.check(false, e.field(), e.message()));
        try {
            completion.check(task, form.bodyWithoutBadDates());
        } catch (DomainRuleViolation others) {
            others.errors().stream().filter(e -> form.dateErrors().stream().noneMatch(d -> d.field().equals(e.field())))
                    .forEach(e -> errors.check(false, e.field(), e.message()));
        }
        errors.throwIfAny();
    }

    /**
     * The values the form starts with: the task's own body from its TaskForm (so they stay in step with the API),
     * flattened into form fields.
     */
    private Map<String, String> prefill(WorkItem task, Map<String, Object> data, PartnerflowUser user) {
        Object body = tasks.prefill(task, data, user);
        return body == null ? Map.of() : FormToJson.flatten(json.valueToTree(body));
    }

    /** The page's model: the task, its form data, and what its TaskForm shows beside the form (its page context). */
    private String render(WorkItem task, Map<String, Object> data, FormState form, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("data", data);
        model.addAllAttributes(tasks.pageContext(task, data, CurrentUser.get()));
        model.addAttribute("form", form);
        model.addAttribute("formTemplate", TaskPages.hasPage(task.taskDefinitionKey())
                ? TaskPages.template(task.taskDefinitionKey()) : null);
        model.addAttribute("contextTemplate", TaskPages.contextTemplate(task.taskDefinitionKey()));
        model.addAttribute("mine", CurrentUser.get().getUsername().equals(task.assignee()));
        return "task";
    }
}
