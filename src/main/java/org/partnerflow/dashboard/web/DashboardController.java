package org.partnerflow.dashboard.web;

import java.util.List;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.dashboard.Portfolio;
import org.partnerflow.dashboard.PortfolioReadModel;
import org.partnerflow.dashboard.RagRules;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The funder's portfolio page and its CSV; the same read model is the JSON of DashboardApiController. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
class DashboardController {

    private final PortfolioReadModel portfolios;
    private final Programmes programmes;

    DashboardController(PortfolioReadModel portfolios, Programmes programmes) {
        this.portfolios = portfolios;
        this.programmes = programmes;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(required = false) Long programmeId, @RequestParam(required = false) RagRules.Rag rag,
            @RequestParam(required = false) AwardStatus awardStatus, @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<ProgrammeView> visible = programmes.visibleTo(CurrentUser.get());
        model.addAttribute("programmes", visible);
        model.addAttribute("rags", RagRules.Rag.values());
        model.addAttribute("awardStatuses", AwardStatus.values());
        Long chosen = programmeId != null ? programmeId : visible.isEmpty() ? null : visible.get(0).id();
        model.addAttribute("portfolio", chosen == null ? null
                : portfolios.of(chosen, filter(rag, awardStatus), page, PortfolioReadModel.DEFAULT_PAGE_SIZE,
                        CurrentUser.get()));
        return "dashboard";
    }

    /** The rows asked for; the CSV takes the same filter as the page it is downloaded from. */
    @GetMapping(value = "/dashboard/portfolio.csv")
    ResponseEntity<byte[]> csv(@RequestParam long programmeId, @RequestParam(required = false) RagRules.Rag rag,
            @RequestParam(required = false) AwardStatus awardStatus) {
        Portfolio portfolio = portfolios.all(programmeId, filter(rag, awardStatus), CurrentUser.get());
        Csv csv = new Csv().row("Partnership", "Award", "Status", "Awarded", "Released", "Spent", "Approved", "On track",
                "Due in 30 days", "Overdue", "Last learning review", "Collaboration health", "RAG");
        for (Portfolio.Row r : portfolio.partnerships()) {
            csv.row(r.name(), r.awardReference(), r.awardStatus(), r.amountAwarded(), r.amountReleased(), r.amountSpent(),
                    r.milestones().approved(), r.milestones().onTrack(), r.milestones().dueSoon(),
                    r.milestones().overdue(), r.lastLearningReviewOn(), r.collaborationHealth(), r.rag());
        }
        return csv.download("portfolio-" + programmeId + ".csv");
    }

    static Portfolio.Filter filter(RagRules.Rag rag, AwardStatus awardStatus) {
        return new Portfolio.Filter(rag, awardStatus == null ? null : awardStatus.name());
    }
}
