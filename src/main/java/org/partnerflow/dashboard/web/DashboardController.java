package org.partnerflow.dashboard.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.dashboard.Portfolio;
import org.partnerflow.dashboard.PortfolioReadModel;
import org.partnerflow.dashboard.RagRules;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.Csv;
import org.partnerflow.shared.Formats;
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
    private final Formats fmt;

    DashboardController(PortfolioReadModel portfolios, Programmes programmes, Formats fmt) {
        this.portfolios = portfolios;
        this.programmes = programmes;
        this.fmt = fmt;
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
        Portfolio portfolio = chosen == null ? null : portfolios.of(chosen, filter(rag, awardStatus), page,
                PortfolioReadModel.DEFAULT_PAGE_SIZE, CurrentUser.get());
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("quarters", portfolio == null ? List.of() : quarters(portfolio.timeline()));
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

    /**
     * The timeline's quarters as the page names them, in the reader's language: Apr to Jun 2025. The read model's
     * own labels stay as the JSON has them; the first quarter is the one of the earliest milestone on the timeline.
     */
    private List<String> quarters(Portfolio.Timeline timeline) {
        LocalDate earliest = timeline.partnerships().stream().flatMap(r -> r.quarters().stream())
                .flatMap(List::stream).map(Portfolio.Mark::dueDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        if (earliest == null) {
            return timeline.quarters();
        }
        LocalDate start = LocalDate.of(earliest.getYear(), ((earliest.getMonthValue() - 1) / 3) * 3 + 1, 1);
        List<String> names = new ArrayList<>();
        for (int q = 0; q < timeline.quarters().size(); q++) {
            LocalDate first = start.plusMonths(3L * q);
            names.add(fmt.text("dashboard.timeline.quarter",
                    first.getMonth().getDisplayName(TextStyle.SHORT, fmt.locale()),
                    first.plusMonths(2).getMonth().getDisplayName(TextStyle.SHORT, fmt.locale()),
                    String.valueOf(first.getYear())));
        }
        return names;
    }

    static Portfolio.Filter filter(RagRules.Rag rag, AwardStatus awardStatus) {
        return new Portfolio.Filter(rag, awardStatus == null ? null : awardStatus.name());
    }
}
