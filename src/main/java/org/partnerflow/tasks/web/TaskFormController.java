package org.partnerflow.tasks.web;

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
    private final ObjectMapper json;
    private final Formats fmt;
    private final TaskUploads uploads;

    TaskFormController(TaskList tasks, TaskClaims claims, TaskCompletion completion, ObjectMapper json,
            Formats fmt, TaskUploads uploads) {
        this.uploads = uploads;
        this.tasks = tasks;
        this.claims = claims;
        this.completion = completion;
        this.json = json;
        this.fmt = fmt;
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        PartnerflowUser user = CurrentUser.get();
        WorkItem task = tasks.get(id, user);
        Map<String, Object> data = tasks.formData(task);
        // After an upload the page comes back with what the reader had typed, not the task's starting values.
        @SuppressWarnings("unchecked")
        Map<String, String> kept = model.getAttribute("kept") instanceof Map<?, ?> typed ? (Map<String, String>) typed : null;
        return render(task, data, FormState.of(kept != null ? kept : prefill(task, data, user)), model);
    }

    @PostMapping
    String complete(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        WorkItem task = tasks.get(id, user);
        var rowKeys = TaskPages.rowKeys(task.taskDefinitionKey());
        FormToJson.Result form = FormToJson.convert(request.getParameterMap(), rowKeys);
        try {
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
