package org.partnerflow.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.dashboard.Portfolio;
import org.partnerflow.dashboard.PortfolioReadModel;
import org.partnerflow.dashboard.RagRules;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
            @RequestParam(required = false) AwardStatus awardStatus, Model model) {
        List<ProgrammeView> visible = programmes.visibleTo(CurrentUser.get());
        model.addAttribute("programmes", visible);
        model.addAttribute("rags", RagRules.Rag.values());
        model.addAttribute("awardStatuses", AwardStatus.values());
        Long chosen = programmeId != null ? programmeId : visible.isEmpty() ? null : visible.get(0).id();
        model.addAttribute("portfolio", chosen == null ? null
                : portfolios.of(chosen, filter(rag, awardStatus), CurrentUser.get()));
        return "dashboard";
    }

    /** The rows asked for; the CSV takes the same filter as the page it is downloaded from. */
    @GetMapping(value = "/dashboard/portfolio.csv")
    ResponseEntity<byte[]> csv(@RequestParam long programmeId, @RequestParam(required = false) RagRules.Rag rag,
            @RequestParam(required = false) AwardStatus awardStatus) {
        Portfolio portfolio = portfolios.of(programmeId, filter(rag, awardStatus), CurrentUser.get());
        StringBuilder csv = new StringBuilder("Partnership,Award,Status,Awarded,Released,Spent,Approved,On track,"
                + "Due in 30 days,Overdue,Last learning review,Collaboration health,RAG\r\n");
        for (Portfolio.Row r : portfolio.partnerships()) {
            csv.append(String.join(",", cell(r.name()), cell(r.awardReference()), cell(r.awardStatus()),
                    cell(r.amountAwarded()), cell(r.amountReleased()), cell(r.amountSpent()),
                    cell(r.milestones().approved()), cell(r.milestones().onTrack()), cell(r.milestones().dueSoon()),
                    cell(r.milestones().overdue()), cell(r.lastLearningReviewOn()), cell(r.collaborationHealth()),
                    cell(r.rag()))).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"portfolio-" + programmeId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Portfolio.Filter filter(RagRules.Rag rag, AwardStatus awardStatus) {
        return new Portfolio.Filter(rag, awardStatus == null ? null : awardStatus.name());
    }

    /**
     * A CSV cell: quoted when needed, and text never starting with a character a spreadsheet reads as a formula
     * (=, +, -, @, tab, carriage return), which gets a leading apostrophe. Numbers stay numbers, minus sign and all.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
