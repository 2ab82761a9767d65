package org.partnerflow.outcome.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.outcome.BenefitsCase;
import org.partnerflow.outcome.Indicators;
import org.partnerflow.outcome.PooledBudget;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that record a member organisation's contribution and add a cohort to the benefits case, through the
 * API's service methods (PooledBudget.record, BenefitsCase.addCohort) under the API's roles: programme managers,
 * admins and partners of the partnership; 404 for another partnership's partner.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER')")
class PooledFormPageController {

    private final PooledBudget budget;
    private final BenefitsCase benefits;
    private final Indicators indicators;
    private final Partnerships partnerships;
    private final Validator validator;
    private final Formats formats;

    PooledFormPageController(PooledBudget budget, BenefitsCase benefits, Indicators indicators,
            Partnerships partnerships, Validator validator, Formats formats) {
        this.budget = budget;
        this.benefits = benefits;
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/partnerships/{id}/contributions/new")
    String newContribution(@PathVariable long id, Model model) {
        indicators.mayChange(id, CurrentUser.get());
        return render(id, "contribution-form", FormState.of(Map.of()), model);
    }

    @PostMapping("/partnerships/{id}/contributions")
    String contribute(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        indicators.mayChange(id, user);
        Map<String, String[]> params = request.getParameterMap();
        try {
            PooledBudget.ContributionView saved = budget.record(id,
                    OutcomeForms.contribution(params, validator, formats.text("indicatorForm.rule.choose")), user);
            redirect.addFlashAttribute("done", formats.text("contributionForm.done", saved.organisation().name()));
            return "redirect:/partnerships/" + id + "/outcomes";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, "contribution-form", submitted(params, broken), model);
        }
    }

    @GetMapping("/partnerships/{id}/benefits/cohorts/new")
    String newCohort(@PathVariable long id, Model model) {
        indicators.mayChange(id, CurrentUser.get());
        return render(id, "cohort-form", FormState.of(Map.of()), model);
    }

    @PostMapping("/partnerships/{id}/benefits/cohorts")
    String addCohort(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        indicators.mayChange(id, user);
        Map<String, String[]> params = request.getParameterMap();
        try {
            BenefitsCase.CohortView saved = benefits.addCohort(id, OutcomeForms.cohort(params, validator), user);
            redirect.addFlashAttribute("done", formats.text("cohortForm.done", saved.name()));
            return "redirect:/partnerships/" + id + "/outcomes";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, "cohort-form", submitted(params, broken), model);
        }
    }

    private static FormState submitted(Map<String, String[]> params, DomainRuleViolation broken) {
        return FormState.submitted(params, broken.errors(), UnaryOperator.identity(), Set.of());
    }

    private String render(long id, String template, FormState form, Model model) {
        model.addAttribute("partnership", partnerships.get(id, CurrentUser.get()));
        model.addAttribute("form", form);
        return template;
    }
}
