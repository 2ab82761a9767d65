package org.partnerflow.programme.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.programme.ProgrammeChange;
import org.partnerflow.programme.ProgrammeEdits;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that create a programme and change one, for programme managers and admins; the same rules as the API.
 * An edit that someone else overtook shows their values beside the reader's, which stay in the form.
 */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class ProgrammeFormPageController {

    private static final List<String> EDITED = List.of("title", "description", "totalBudget", "awardCap",
            "maxDurationMonths", "learningReviewCadenceMonths");

    private final Programmes programmes;
    private final ProgrammeEdits edits;
    private final Validator validator;
    private final Formats formats;

    ProgrammeFormPageController(Programmes programmes, ProgrammeEdits edits, Validator validator, Formats formats) {
        this.programmes = programmes;
        this.edits = edits;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/programmes/new")
    String newProgramme(Model model) {
        return render(null, FormState.of(Map.of()), Set.of(), false, model);
    }

    @PostMapping("/programmes")
    String create(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String[]> params = request.getParameterMap();
        try {
            ProgrammeRequest programme = ProgrammeForm.newProgramme(params, validator, formats.text("setup.rule.unknownType"));
            ProgrammeView created = programmes.create(programme);
            redirect.addFlashAttribute("done", formats.text("setup.flash.programmeCreated", created.title()));
            return "redirect:/programmes/" + created.id();
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(null, submitted(params, broken.errors()), selected(params), false, model);
        } catch (ConflictException taken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            var rule = new DomainRuleViolation.FieldRule("code", formats.text("setup.rule.codeTaken"));
            return render(null, submitted(params, List.of(rule)), selected(params), false, model);
        }
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ProgrammeView programme = programmes.get(id, CurrentUser.get());
        Set<String> types = new java.util.HashSet<>();
        programme.requiredMemberTypes().forEach(t -> types.add(t.name()));
        return render(programme, FormState.of(ProgrammeForm.values(programme)), types, false, model);
    }

    @PostMapping("/programmes/{id}/edit")
    String change(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        ProgrammeView current = programmes.get(id, CurrentUser.get()); // 404 before anything is read
        Map<String, String[]> params = request.getParameterMap();
        try {
            ProgrammeChange change = ProgrammeForm.change(params, validator, formats.text("setup.rule.unknownType"),
                    formats.text("setup.rule.required"));
            ProgrammeView changed = edits.change(id, change);
            redirect.addFlashAttribute("done", formats.text("setup.flash.programmeChanged", changed.title()));
            return "redirect:/programmes/" + id;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(current, submitted(params, broken.errors()), selected(params), false, model);
        } catch (OptimisticLockingFailureException overtaken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(current, overtaken(params, current), selected(params), true, model);
        }
    }

    /** The reader's values kept, the version moved on, and each field whose saved value now differs named. */
    private FormState overtaken(Map<String, String[]> params, ProgrammeView current) {
        Map<String, String> now = ProgrammeForm.values(current);
        Map<String, String[]> kept = new LinkedHashMap<>(params);
        kept.put("version", new String[] {now.get("version")});
        List<DomainRuleViolation.FieldRule> rules = new ArrayList<>();
        for (String field : EDITED) {
            String given = params.containsKey(field) ? params.get(field)[0].trim() : "";
            if (!same(field, given, now.get(field))) {
                String shown = field.equals("totalBudget") || field.equals("awardCap")
                        ? formats.money(new java.math.BigDecimal(now.get(field))) : now.get(field);
                rules.add(new DomainRuleViolation.FieldRule(field, formats.text("setup.stale.field", shown)));
            }
        }
        return FormState.submitted(without(kept), rules, UnaryOperator.identity(), Set.of());
    }

    private static boolean same(String field, String given, String now) {
        if (field.equals("totalBudget") || field.equals("awardCap")) {
            try {
                return new java.math.BigDecimal(given.replace(",", "").replace("£", "")).compareTo(new java.math.BigDecimal(now)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return Objects.equals(given, now);
    }

    private String render(ProgrammeView programme, FormState form, Set<String> types, boolean stale, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("selectedTypes", types);
        model.addAttribute("stale", stale);
        return "programme-form";
    }

    private static FormState submitted(Map<String, String[]> params, List<DomainRuleViolation.FieldRule> errors) {
        return FormState.submitted(without(params), errors, UnaryOperator.identity(), Set.of());
    }

    private static Map<String, String[]> without(Map<String, String[]> params) {
        Map<String, String[]> kept = new LinkedHashMap<>(params);
        kept.remove("_csrf");
        return kept;
    }

    private static Set<String> selected(Map<String, String[]> params) {
        String[] values = params.get("requiredMemberTypes");
        return values == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(values));
    }
}
