package org.partnerflow.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnerflow.dashboard.ManagerDashboard;
import org.partnerflow.dashboard.ManagerDashboardReadModel;
import org.partnerflow.dashboard.Portfolio;
import org.partnerflow.dashboard.PortfolioReadModel;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboards")
class DashboardApiController {

    private final PortfolioReadModel portfolios;
    private final ManagerDashboardReadModel managerDashboards;

    DashboardApiController(PortfolioReadModel portfolios, ManagerDashboardReadModel managerDashboards) {
        this.portfolios = portfolios;
        this.managerDashboards = managerDashboards;
    }

    @GetMapping("/api/v1/dashboard/portfolio")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
    @Operation(summary = "A programme's portfolio: money totals and a row per partnership with milestones and RAG")
    Portfolio portfolio(@RequestParam long programmeId) {
        return portfolios.of(programmeId, CurrentUser.get());
    }

    @GetMapping("/api/v1/dashboard/manager")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
    @Operation(summary = "The programme team's work: open tasks by type and age, overdue items, evidence review "
            + "turnaround and awards ending within 90 days; every visible programme, or one")
    ManagerDashboard manager(@RequestParam(required = false) Long programmeId) {
        return managerDashboards.of(programmeId, CurrentUser.get());
    }
}
