package org.partnerflow.milestone.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.milestone.MilestonePlan;
import org.partnerflow.milestone.MilestoneVariations;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.milestone.VariationRequest;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.web.FormReader;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moves money between two tranches of one award, the total unchanged: the milestone re-plan of the API
 * ({@code POST /api/v1/milestones/{id}/variations} with a tranche amount), for programme managers only; 404 for a
 * milestone the reader may not see. A change to the award's own amount is an award variation, not this.
 */
@Controller
@RequestMapping("/milestones/{id}/tranche-amount")
@PreAuthorize("hasRole('PROGRAMME_MANAGER')")
class TrancheMovePageController {

    static final List<String> FIELDS = List.of("trancheAmount", "balancingMilestoneId", "reason");

    private final MilestoneVariations variations;
    private final MilestonePlan plan;
    private final AwardPlans plans;
    private final Validator validator;

    TrancheMovePageController(MilestoneVariations variations, MilestonePlan plan, AwardPlans plans, Validator validator) {
        this.variations = variations;
        this.plan = plan;
        this.plans = plans;
        this.validator = validator;
    }

    /** A tranche whose amount may still change: not yet proposed for release, released or held. */
    static boolean open(MilestoneFacts facts) {
        return facts.trancheId() != null
                && (facts.trancheStatus() == TrancheStatus.SCHEDULED || facts.trancheStatus() == TrancheStatus.DUE);
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        MilestoneFacts facts = readable(id);
        String amount = facts.trancheAmount() == null ? "" : facts.trancheAmount().toPlainString();
        return render(facts, FormState.of(Map.of("trancheAmount", amount)), model);
    }

    @PostMapping
    String move(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        MilestoneFacts facts = readable(id);
        Map<String, String[]> params = request.getParameterMap();
        try {
            FormReader form = new FormReader(params, FIELDS);
            java.math.BigDecimal amount = form.amount("trancheAmount");
            if (amount == null && form.text("trancheAmount").isBlank()) {
                form.refuse("trancheAmount", "must not be null");
            }
            Integer balancing = form.whole("balancingMilestoneId");
            VariationRequest body = form.checked(new VariationRequest(null, amount,
                    balancing == null ? null : balancing.longValue(), form.text("reason")), validator);
            MilestoneFacts moved = variations.vary(id, body, CurrentUser.get().getUsername());
            redirect.addFlashAttribute("movedTo", moved.trancheAmount());
            return "redirect:/milestones/{id}";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(facts, FormState.submitted(params, broken.errors(), UnaryOperator.identity(), Set.of()), model);
        }
    }

    private String render(MilestoneFacts facts, FormState form, Model model) {
        List<AwardPlans.PlannedMilestone> milestones = plans.milestones(List.of(facts.awardId()))
                .getOrDefault(facts.awardId(), List.of());
        Map<Long, AwardPlans.PlannedTranche> tranches = new java.util.HashMap<>();
        plans.tranches(List.of(facts.awardId())).getOrDefault(facts.awardId(), List.of()).stream()
                .filter(t -> t.milestoneId() != null).forEach(t -> tranches.put(t.milestoneId(), t));
        List<Option> others = milestones.stream()
                .filter(m -> !m.id().equals(facts.milestoneId()) && tranches.containsKey(m.id()))
                .filter(m -> tranches.get(m.id()).status() == TrancheStatus.SCHEDULED
                        || tranches.get(m.id()).status() == TrancheStatus.DUE)
                .map(m -> new Option(m.id(), m.sequence(), m.title(), tranches.get(m.id()).amount()))
                .toList();
        model.addAttribute("m", facts);
        model.addAttribute("open", open(facts));
        model.addAttribute("others", others);
        model.addAttribute("form", form);
        return "milestone-tranche";
    }

    private MilestoneFacts readable(long id) {
        MilestoneFacts facts = plan.facts(id);
        if (!CurrentUser.get().canRead(facts.partnershipId())) {
            throw new NotFoundException("Milestone", id);
        }
        return facts;
    }

    /** Another milestone whose tranche can take up the difference. */
    record Option(Long id, int sequence, String title, java.math.BigDecimal amount) {
    }
}
