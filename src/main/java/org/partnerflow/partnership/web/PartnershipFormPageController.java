package org.partnerflow.partnership.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.PartnershipChange;
import org.partnerflow.partnership.PartnershipEdits;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that create a partnership and change its details, for programme managers and admins; the same rules as
 * the API. An edit that someone else overtook names their values, and the reader's stay in the form.
 */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class PartnershipFormPageController {

    private static final List<String> EDITED = List.of("name", "place", "description", "communityAims", "systemAims",
            "workstreams", "beneficiaryLocation.name", "beneficiaryLocation.geoCode");

    private final Partnerships partnerships;
    private final PartnershipEdits edits;
    private final Programmes programmes;
    private final Validator validator;
    private final Formats formats;

    PartnershipFormPageController(Partnerships partnerships, PartnershipEdits edits, Programmes programmes,
            Validator validator, Formats formats) {
        this.partnerships = partnerships;
        this.edits = edits;
        this.programmes = programmes;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/partnerships/new")
    String newPartnership(@RequestParam(required = false) Long programmeId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        if (programmeId != null) {
            values.put("programmeId", String.valueOf(programmeId));
        }
        return render(null, FormState.of(values), false, model);
    }

    @PostMapping("/partnerships")
    String create(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String[]> params = request.getParameterMap();
        try {
            PartnershipRequest partnership = PartnershipForm.newPartnership(params, validator,
                    formats.text("setup.rule.unknownType"));
            PartnershipView created = partnerships.create(partnership);
            redirect.addFlashAttribute("done", formats.text("setup.flash.partnershipCreated", created.name()));
            return "redirect:/partnerships/" + created.id();
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(null, submitted(params, broken.errors()), false, model);
        }
    }

    @GetMapping("/partnerships/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PartnershipView partnership = partnerships.get(id, CurrentUser.get());
        return render(partnership, FormState.of(PartnershipForm.values(partnership)), false, model);
    }

    @PostMapping("/partnerships/{id}/edit")
    String change(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnershipView current = partnerships.get(id, CurrentUser.get()); // 404 before anything is read
        Map<String, String[]> params = request.getParameterMap();
        try {
            PartnershipChange change = PartnershipForm.change(params, validator, formats.text("setup.rule.required"));
            PartnershipView changed = edits.change(id, change);
            redirect.addFlashAttribute("done", formats.text("setup.flash.partnershipChanged", changed.name()));
            return "redirect:/partnerships/" + id;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(current, submitted(params, broken.errors()), false, model);
        } catch (OptimisticLockingFailureException overtaken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(current, overtaken(params, current), true, model);
        }
    }

    /** The reader's values kept, the version moved on, and each field whose saved value now differs named. */
    private FormState overtaken(Map<String, String[]> params, PartnershipView current) {
        Map<String, String> now = PartnershipForm.values(current);
        Map<String, String[]> kept = without(params);
        kept.put("version", new String[] {now.get("version")});
        List<DomainRuleViolation.FieldRule> rules = new ArrayList<>();
        for (String field : EDITED) {
            String given = params.containsKey(field) ? params.get(field)[0].trim().replace("\r\n", "\n") : "";
            if (!given.equals(now.get(field))) {
                String shown = now.get(field).isEmpty() ? formats.text("common.none") : now.get(field).replace("\n", "; ");
                rules.add(new DomainRuleViolation.FieldRule(field, formats.text("setup.stale.field", shown)));
            }
        }
        return FormState.submitted(kept, rules, PartnershipForm::formField, Set.of());
    }

    private String render(PartnershipView partnership, FormState form, boolean stale, Model model) {
        model.addAttribute("partnership", partnership);
        model.addAttribute("form", form);
        model.addAttribute("stale", stale);
        model.addAttribute("types", OrganisationType.values());
        if (partnership == null) {
            model.addAttribute("programmes", programmes.visibleTo(CurrentUser.get()));
        }
        return "partnership-form";
    }

    private static FormState submitted(Map<String, String[]> params, List<DomainRuleViolation.FieldRule> errors) {
        return FormState.submitted(without(params), errors, PartnershipForm::formField, Set.of());
    }

    static Map<String, String[]> without(Map<String, String[]> params) {
        Map<String, String[]> kept = new LinkedHashMap<>(params);
        kept.remove("_csrf");
        return kept;
    }
}
