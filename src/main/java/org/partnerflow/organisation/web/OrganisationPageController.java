package org.partnerflow.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.organisation.OrganisationChange;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormReader;
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

/** The page that corrects an organisation's name or type, for programme managers and admins; its org-id stays. */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class OrganisationPageController {

    private final Organisations organisations;
    private final Validator validator;
    private final Formats formats;

    OrganisationPageController(Organisations organisations, Validator validator, Formats formats) {
        this.organisations = organisations;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String back, Model model) {
        OrganisationView organisation = organisations.get(id);
        return render(organisation, FormState.of(values(organisation, back)), false, model);
    }

    @PostMapping("/organisations/{id}/edit")
    String change(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        OrganisationView current = organisations.get(id);
        Map<String, String[]> params = new LinkedHashMap<>(request.getParameterMap());
        params.remove("_csrf");
        params.put("back", new String[] {back(params.containsKey("back") ? params.get("back")[0] : null)});
        FormReader form = new FormReader(params, List.of("name", "type"));
        try {
            if (form.text("name").isBlank()) {
                form.refuse("name", formats.text("setup.rule.required"));
            }
            OrganisationType type = null;
            try {
                type = OrganisationType.valueOf(form.text("type"));
            } catch (IllegalArgumentException e) {
                form.refuse("type", formats.text("setup.rule.unknownType"));
            }
            Integer version = form.whole("version");
            OrganisationChange change = form.checked(new OrganisationChange(version == null ? null : version.longValue(),
                    form.optional("name"), type), validator);
            organisations.change(id, change);
            return "redirect:" + back(form.text("back"));
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(current, FormState.submitted(params, broken.errors(), UnaryOperator.identity(), Set.of()),
                    false, model);
        } catch (OptimisticLockingFailureException overtaken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            params.put("version", new String[] {String.valueOf(current.version())});
            List<DomainRuleViolation.FieldRule> rules = new ArrayList<>();
            if (!form.text("name").trim().equals(current.name())) {
                rules.add(new DomainRuleViolation.FieldRule("name", formats.text("setup.stale.field", current.name())));
            }
            if (!form.text("type").equals(current.type().name())) {
                rules.add(new DomainRuleViolation.FieldRule("type", formats.text("setup.stale.field",
                        formats.text("organisationType." + current.type().name()))));
            }
            return render(current, FormState.submitted(params, rules, UnaryOperator.identity(), Set.of()), true, model);
        }
    }

    /** Only a page of this application to go back to, never another site. */
    private static String back(String back) {
        return back != null && back.matches("^/partnerships/\\d+(/members)?$") ? back : "/partnerships";
    }

    private static Map<String, String> values(OrganisationView organisation, String back) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(organisation.version()));
        values.put("name", organisation.name());
        values.put("type", organisation.type().name());
        values.put("back", back(back));
        return values;
    }

    private String render(OrganisationView organisation, FormState form, boolean stale, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("stale", stale);
        model.addAttribute("types", OrganisationType.values());
        return "organisation-form";
    }
}
