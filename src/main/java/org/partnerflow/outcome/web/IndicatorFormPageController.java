package org.partnerflow.outcome.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import org.partnerflow.outcome.IndicatorHistory;
import org.partnerflow.outcome.IndicatorRequest;
import org.partnerflow.outcome.IndicatorUnit;
import org.partnerflow.outcome.IndicatorView;
import org.partnerflow.outcome.Indicators;
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
 * The pages that define an indicator and change one (a variation with a reason once the award is active): the API's
 * roles (programme managers, admins, partners of the partnership; 404 for another partnership) and its service
 * methods, Indicators.define and Indicators.change, so the page refuses what the API refuses.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'PARTNER')")
class IndicatorFormPageController {

    private final Indicators indicators;
    private final Partnerships partnerships;
    private final Validator validator;
    private final Formats formats;

    IndicatorFormPageController(Indicators indicators, Partnerships partnerships, Validator validator, Formats formats) {
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/partnerships/{id}/indicators/new")
    String newIndicator(@PathVariable long id, Model model) {
        indicators.mayChange(id, CurrentUser.get());
        return render(id, null, FormState.of(Map.of()), model);
    }

    @PostMapping("/partnerships/{id}/indicators")
    String define(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        indicators.mayChange(id, user);
        Map<String, String[]> params = request.getParameterMap();
        try {
            IndicatorView created = indicators.define(id, read(params), user);
            redirect.addFlashAttribute("done", formats.text("indicatorForm.defined", created.title()));
            return "redirect:/partnerships/" + id + "/outcomes";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, null, submitted(params, broken), model);
        }
    }

    @GetMapping("/partnerships/{id}/indicators/{indicatorId}/edit")
    String edit(@PathVariable long id, @PathVariable long indicatorId, Model model) {
        PartnerflowUser user = CurrentUser.get();
        indicators.mayChange(id, user);
        IndicatorHistory history = indicators.history(id, indicatorId, user);
        return render(id, history.indicator(), FormState.of(OutcomeForms.values(history.indicator())), model);
    }

    @PostMapping("/partnerships/{id}/indicators/{indicatorId}/edit")
    String change(@PathVariable long id, @PathVariable long indicatorId, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        indicators.mayChange(id, user);
        IndicatorView current = indicators.history(id, indicatorId, user).indicator(); // 404 before anything is read
        Map<String, String[]> params = request.getParameterMap();
        try {
            IndicatorView changed = indicators.change(id, indicatorId, read(params), user);
            redirect.addFlashAttribute("done", formats.text("indicatorForm.changed", changed.title()));
            return "redirect:/partnerships/" + id + "/outcomes";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, current, submitted(params, broken), model);
        }
    }

    private IndicatorRequest read(Map<String, String[]> params) {
        return OutcomeForms.indicator(params, validator, new OutcomeForms.Words(
                formats.text("indicatorForm.rule.choose"), formats.text("indicatorForm.rule.noTargets")));
    }

    private static FormState submitted(Map<String, String[]> params, DomainRuleViolation broken) {
        return FormState.submitted(params, broken.errors(), OutcomeForms::formField, Set.of());
    }

    private String render(long id, IndicatorView indicator, FormState form, Model model) {
        model.addAttribute("partnership", partnerships.get(id, CurrentUser.get()));
        model.addAttribute("indicator", indicator);
        model.addAttribute("units", IndicatorUnit.values());
        model.addAttribute("form", form);
        return "indicator-form";
    }
}
