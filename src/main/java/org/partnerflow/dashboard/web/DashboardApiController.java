package org.partnerflow.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    DashboardApiController(PortfolioReadModel portfolios) {
        this.portfolios = portfolios;
    }

    @GetMapping("/api/v1/dashboard/portfolio")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
    @Operation(summary = "A programme's portfolio: money totals and a row per partnership with milestones and RAG")
    Portfolio portfolio(@RequestParam long programmeId) {
        return portfolios.of(programmeId, CurrentUser.get());
    }
}
