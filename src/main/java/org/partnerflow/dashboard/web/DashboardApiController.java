package org.partnerflow.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.dashboard.ManagerDashboard;
import org.partnerflow.dashboard.ManagerDashboardReadModel;
import org.partnerflow.dashboard.PartnerHome;
import org.partnerflow.dashboard.PartnerHomeReadModel;
import org.partnerflow.dashboard.Portfolio;
import org.partnerflow.dashboard.PortfolioReadModel;
import org.partnerflow.dashboard.RagRules;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboards")
class DashboardApiController {

    private final PortfolioReadModel portfolios;
    private final PartnerHomeReadModel partnerHomes;
    private final ManagerDashboardReadModel managerDashboards;

    DashboardApiController(PortfolioReadModel portfolios, PartnerHomeReadModel partnerHomes,
            ManagerDashboardReadModel managerDashboards) {
        this.portfolios = portfolios;
        this.partnerHomes = partnerHomes;
        this.managerDashboards = managerDashboards;
    }

    @GetMapping("/api/v1/dashboard/portfolio")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
    @Operation(summary = "A programme's portfolio: money totals, a row per partnership with milestones and RAG, "
            + "planned against released funds by month and the milestone timeline",
            description = "rag and awardStatus narrow the rows and the timeline; the totals and the funds stay the "
                    + "whole programme's. Rows come a page at a time (page from 0, size up to 200, 25 by default); "
                    + "page.totalRows counts every row the filter admits.")
    Portfolio portfolio(@RequestParam long programmeId, @RequestParam(required = false) RagRules.Rag rag,
            @RequestParam(required = false) AwardStatus awardStatus,
            @RequestParam(defaultValue = "0") @Parameter(description = "from 0") int page,
            @RequestParam(defaultValue = "" + PortfolioReadModel.DEFAULT_PAGE_SIZE) int size) {
        return portfolios.of(programmeId, DashboardController.filter(rag, awardStatus), page, size, CurrentUser.get());
    }

    /** Partners only: staff belong to no partnership, so they read a partnership through its own pages and API. */
    @GetMapping("/api/v1/dashboard/partner")
    @PreAuthorize("hasRole('PARTNER')")
    @Operation(summary = "The partner's home: tasks, next milestones and learning reviews, the award's money and the "
            + "case study of each partnership the caller belongs to (or of one, by partnershipId)")
    PartnerHome partner(@RequestParam(required = false) Long partnershipId) {
        return partnerHomes.of(CurrentUser.get(), partnershipId);
    }

    @GetMapping("/api/v1/dashboard/manager")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
    @Operation(summary = "The programme team's work: open tasks by type and age, overdue items, evidence review "
            + "turnaround and awards ending within 90 days; every visible programme, or one")
    ManagerDashboard manager(@RequestParam(required = false) Long programmeId) {
        return managerDashboards.of(programmeId, CurrentUser.get());
    }
}
