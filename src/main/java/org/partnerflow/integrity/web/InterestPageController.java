package org.partnerflow.integrity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.integrity.InterestRequest;
import org.partnerflow.integrity.Interests;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnershipDirectory;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.web.FormReader;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The pages of declared interests: a staff member's own (with the form to declare one) and everyone's for managers. */
@Controller
class InterestPageController {

    private final Interests interests;
    private final PartnershipDirectory partnerships;
    private final Validator validator;

    InterestPageController(Interests interests, PartnershipDirectory partnerships, Validator validator) {
        this.interests = interests;
        this.partnerships = partnerships;
        this.validator = validator;
    }

    @GetMapping("/me/interests")
    @PreAuthorize(InterestApiController.STAFF)
    String mine(Model model) {
        return render(FormState.of(Map.of()), model);
    }

    @PostMapping("/me/interests")
    @PreAuthorize(InterestApiController.STAFF)
    String declare(HttpServletRequest request, HttpServletResponse response, Model model) {
        Map<String, String[]> params = new LinkedHashMap<>(request.getParameterMap());
        params.remove("_csrf");
        FormReader form = new FormReader(params, List.of("partnershipId", "orgId", "nature"));
        try {
            Integer partnership = form.whole("partnershipId");
            if (partnership == null && form.text("partnershipId").isBlank() && form.text("orgId").isBlank()) {
                form.refuse("partnershipId", "give a partnershipId or an orgId (or both)");
            }
            InterestRequest body = form.checked(new InterestRequest(partnership == null ? null : partnership.longValue(),
                    form.optional("orgId"), form.optional("nature")), validator);
            interests.declare(body, CurrentUser.get());
            return "redirect:/me/interests?declared";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(FormState.submitted(params, broken.errors(), UnaryOperator.identity(), Set.of()), model);
        }
    }

    @GetMapping("/interests")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    String all(Model model) {
        model.addAttribute("interests", interests.all());
        return "interests";
    }

    private String render(FormState form, Model model) {
        model.addAttribute("interests", interests.of(CurrentUser.get().getUsername()));
        model.addAttribute("partnerships", partnerships.names());
        model.addAttribute("form", form);
        return "me-interests";
    }
}
