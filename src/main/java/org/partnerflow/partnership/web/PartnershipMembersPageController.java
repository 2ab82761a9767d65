package org.partnerflow.partnership.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.organisation.Organisations;
import org.partnerflow.partnership.PartnershipEdits;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
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
 * A partnership's members for programme managers and admins: remove one (never the lead, nor one with
 * contributions), find an organisation already known by name or org-id before adding it, or add a new one.
 */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class PartnershipMembersPageController {

    private final Partnerships partnerships;
    private final PartnershipEdits edits;
    private final Organisations organisations;
    private final Validator validator;
    private final Formats formats;

    PartnershipMembersPageController(Partnerships partnerships, PartnershipEdits edits, Organisations organisations,
            Validator validator, Formats formats) {
        this.partnerships = partnerships;
        this.edits = edits;
        this.organisations = organisations;
        this.validator = validator;
        this.formats = formats;
    }

    /** With q, the organisations that match; with use, that organisation's details put into the add form. */
    @GetMapping("/partnerships/{id}/members")
    String members(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long use, Model model) {
        PartnershipView partnership = partnerships.get(id, CurrentUser.get());
        Map<String, String> values = new LinkedHashMap<>();
        if (use != null) {
            OrganisationView chosen = organisations.get(use);
            values.put("organisation.name", chosen.name());
            values.put("organisation.type", chosen.type().name());
            values.put("organisation.orgId", chosen.orgId());
        }
        FormState form = FormState.of(values);
        List<OrganisationView> found = List.of();
        if (q != null && !q.isBlank()) {
            try {
                found = organisations.search(q);
            } catch (DomainRuleViolation tooLong) {
                form = FormState.submitted(Map.of("q", new String[] {""}), tooLong.errors(), UnaryOperator.identity(),
                        Set.of());
            }
        }
        return render(partnership, form, q, found, model);
    }

    @PostMapping("/partnerships/{id}/members")
    String add(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnershipView partnership = partnerships.get(id, CurrentUser.get());
        Map<String, String[]> params = request.getParameterMap();
        try {
            PartnershipRequest.Member member = PartnershipForm.member(params, validator,
                    formats.text("setup.rule.unknownType"));
            edits.addMember(id, member);
            redirect.addFlashAttribute("done", formats.text("setup.flash.memberAdded", member.organisation().name()));
            return "redirect:/partnerships/" + id + "/members";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(partnership, submitted(params, broken.errors()), null, List.of(), model);
        } catch (ConflictException twice) {
            response.setStatus(HttpStatus.CONFLICT.value());
            var rule = new DomainRuleViolation.FieldRule("organisation.orgId", formats.text("setup.rule.alreadyMember"));
            return render(partnership, submitted(params, List.of(rule)), null, List.of(), model);
        }
    }

    @PostMapping("/partnerships/{id}/members/{organisationId}/remove")
    String remove(@PathVariable long id, @PathVariable long organisationId, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnershipView partnership = partnerships.get(id, CurrentUser.get());
        try {
            edits.removeMember(id, organisationId);
            redirect.addFlashAttribute("done", formats.text("setup.flash.memberRemoved"));
            return "redirect:/partnerships/" + id + "/members";
        } catch (ConflictException kept) {
            response.setStatus(HttpStatus.CONFLICT.value());
            boolean lead = partnership.leadOrganisation().id() == organisationId;
            model.addAttribute("refused", formats.text(lead ? "setup.rule.leadStays" : "setup.rule.contributionsStay"));
            return render(partnership, FormState.of(Map.of()), null, List.of(), model);
        }
    }

    private String render(PartnershipView partnership, FormState form, String q, List<OrganisationView> found,
            Model model) {
        model.addAttribute("partnership", partnership);
        model.addAttribute("form", form);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("searched", q != null && !q.isBlank());
        model.addAttribute("found", found);
        model.addAttribute("types", OrganisationType.values());
        return "partnership-members";
    }

    private static FormState submitted(Map<String, String[]> params, List<DomainRuleViolation.FieldRule> errors) {
        return FormState.submitted(PartnershipFormPageController.without(params), errors, UnaryOperator.identity(),
                Set.of());
    }
}
