package org.partnerflow.outcome.web;

import org.partnerflow.outcome.BenefitsCase;
import org.partnerflow.outcome.Indicators;
import org.partnerflow.outcome.OutcomeReports;
import org.partnerflow.outcome.OutcomeRollUp;
import org.partnerflow.outcome.PooledBudget;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A partnership's outcomes page (staff and its partners; 404 for others, as the API): indicator tables and charts,
 * the grant beside the contributions, and the benefits case. Also the programme's indicator actuals as CSV.
 */
@Controller
class OutcomePageController {

    private final Partnerships partnerships;
    private final Indicators indicators;
    private final OutcomeReports reports;
    private final PooledBudget budget;
    private final BenefitsCase benefits;
    private final OutcomeRollUp rollUp;

    OutcomePageController(Partnerships partnerships, Indicators indicators, OutcomeReports reports, PooledBudget budget,
            BenefitsCase benefits, OutcomeRollUp rollUp) {
        this.partnerships = partnerships;
        this.indicators = indicators;
        this.reports = reports;
        this.budget = budget;
        this.benefits = benefits;
        this.rollUp = rollUp;
    }

    @GetMapping("/partnerships/{id}/outcomes")
    String outcomes(@PathVariable long id, Model model) {
        PartnerflowUser user = CurrentUser.get();
        model.addAttribute("partnership", partnerships.get(id, user));
        model.addAttribute("histories", indicators.histories(id, user));
        model.addAttribute("reports", reports.forPartnership(id, user));
        model.addAttribute("pot", budget.pot(id, user));
        model.addAttribute("benefits", benefits.view(id, user));
        model.addAttribute("canChange", Indicators.canChange(id, user));
        return "partnership-outcomes";
    }

    @GetMapping("/dashboard/outcomes.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
    ResponseEntity<byte[]> csv(@RequestParam long programmeId) {
        return rollUp.csv(programmeId, CurrentUser.get()).download("outcomes-" + programmeId + ".csv");
    }
}
