package org.partnerflow.variation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.VariedAwards;
import org.partnerflow.milestone.PlanChange;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
import org.partnerflow.variation.AwardVariations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that asks for a variation, through AwardVariations.request as the API does: the partnership or a
 * programme manager (403 for other staff, 404 for another partnership's partner). Add another and Remove post the
 * form back with a row more or less, so the page needs no JavaScript.
 */
@Controller
class VariationPageController {

    private final AwardVariations variations;
    private final AwardQueries awards;
    private final VariedAwards varied;
    private final Formats formats;

    VariationPageController(AwardVariations variations, AwardQueries awards, VariedAwards varied, Formats formats) {
        this.variations = variations;
        this.awards = awards;
        this.varied = varied;
        this.formats = formats;
    }

    @GetMapping("/awards/{id}/variations/new")
    String show(@PathVariable long id, Model model) {
        PartnerflowUser user = CurrentUser.get();
        variations.requireRequester(id, user);
        AwardDetail award = awards.get(id, user);
        return render(award, FormState.of(VariationForm.start(VariationForm.open(award))), model);
    }

    @PostMapping("/awards/{id}/variations")
    String send(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        variations.requireRequester(id, user);
        AwardDetail award = awards.get(id, user);
        Map<String, String[]> params = request.getParameterMap();
        String action = params.containsKey("_action") ? params.get("_action")[0] : "";
        if (action.equals("add")) {
            return render(award, FormState.submitted(params, List.of(), f -> f, Set.of())
                    .withAddedRow(VariationForm.LIST), model);
        }
        if (action.matches("remove:\\d{1,3}")) {
            return render(award, FormState.of(VariationForm.withoutRow(params,
                    Integer.parseInt(action.substring("remove:".length())))), model);
        }
        List<PlanChange> open = VariationForm.open(award);
        List<Integer> rows = List.of();
        try {
            VariationForm.Read read = VariationForm.read(params, open, award.award().amountAwarded());
            rows = read.rows();
            variations.request(id, read.request(), user);
            redirect.addFlashAttribute("done", formats.text("variationForm.done"));
            return "redirect:/awards/" + id + "#variations-heading";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            List<Integer> formRows = rows;
            return render(award, FormState.submitted(params, broken.errors(),
                    f -> VariationForm.formField(f, formRows), Set.of()), model);
        } catch (ConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(award, FormState.submitted(params, List.of(new DomainRuleViolation.FieldRule("changes",
                    conflict.getMessage())), f -> f, Set.of()), model);
        }
    }

    private String render(AwardDetail award, FormState form, Model model) {
        model.addAttribute("award", award);
        model.addAttribute("limits", varied.limits(award.award().id()));
        model.addAttribute("form", form);
        return "variation-form";
    }
}
