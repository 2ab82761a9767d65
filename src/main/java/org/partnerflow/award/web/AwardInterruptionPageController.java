package org.partnerflow.award.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardInterruptions;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormReader;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that suspend, resume and end an award early, one small form each, sending what the API sends to the same
 * service (AwardInterruptions): the same people may use them, and the same rules refuse the same input.
 */
@Controller
class AwardInterruptionPageController {

    /** The three actions, by the last part of their path. */
    enum Action { suspend, resume, terminate }

    private final AwardInterruptions interruptions;
    private final AwardQueries awards;
    private final Formats formats;

    AwardInterruptionPageController(AwardInterruptions interruptions, AwardQueries awards, Formats formats) {
        this.interruptions = interruptions;
        this.awards = awards;
        this.formats = formats;
    }

    @GetMapping({"/awards/{id}/suspend", "/awards/{id}/resume", "/awards/{id}/terminate"})
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        Action action = action(request);
        PartnerflowUser user = CurrentUser.get();
        interruptions.mayAct(id, action == Action.terminate, user);
        return render(awards.get(id, user), action, FormState.of(Map.of()), model);
    }

    @PostMapping({"/awards/{id}/suspend", "/awards/{id}/resume", "/awards/{id}/terminate"})
    String send(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Action action = action(request);
        PartnerflowUser user = CurrentUser.get();
        interruptions.mayAct(id, action == Action.terminate, user);
        Map<String, String[]> params = request.getParameterMap();
        FormReader form = new FormReader(params, List.of("reason", "effectiveDate"));
        try {
            switch (action) {
                case suspend -> interruptions.suspend(id, new AwardInterruptions.Reason(form.text("reason")), user);
                case resume -> interruptions.resume(id, new AwardInterruptions.Reason(form.text("reason")), user);
                case terminate -> interruptions.terminate(id, new AwardInterruptions.Termination(form.text("reason"),
                        date(form, "effectiveDate")), user);
            }
            redirect.addFlashAttribute("done", formats.text("interruption." + action + ".done"));
            return "redirect:/awards/" + id;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(awards.get(id, user), action, FormState.submitted(params, broken.errors(),
                    UnaryOperator.identity(), Set.of()), model);
        } catch (ConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(awards.get(id, user), action, FormState.submitted(params, List.of(
                    new DomainRuleViolation.FieldRule("reason", conflict.getMessage())), UnaryOperator.identity(),
                    Set.of()), model);
        }
    }

    /**
     * A date typed as day, month and year (the date fragment's boxes): null when all are blank (the service then
     * says it is needed), else the date, or a refusal naming the field.
     */
    static LocalDate date(FormReader form, String name) {
        String day = form.text(name + ".day").trim();
        String month = form.text(name + ".month").trim();
        String year = form.text(name + ".year").trim();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        try {
            if (!(day + month + year).matches("\\d+") || year.length() != 4) {
                throw new DateTimeException("not a date");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            throw new DomainRuleViolation(name, "must be a real date, such as 31 3 2027");
        }
    }

    private String render(AwardDetail award, Action action, FormState form, Model model) {
        model.addAttribute("award", award);
        model.addAttribute("action", action.name());
        String key = "interruption." + action.name() + ".";
        model.addAttribute("words", Map.of("heading", formats.text(key + "heading"), "lead", formats.text(key + "lead"),
                "reasonHint", formats.text(key + "reasonHint"), "submit", formats.text(key + "submit")));
        model.addAttribute("form", form);
        return "award-interruption";
    }

    private static Action action(HttpServletRequest request) {
        String path = request.getRequestURI();
        return Action.valueOf(path.substring(path.lastIndexOf('/') + 1));
    }
}
