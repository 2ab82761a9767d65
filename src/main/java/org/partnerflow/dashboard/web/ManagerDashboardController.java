package org.partnerflow.dashboard.web;

import org.partnerflow.dashboard.ManagerDashboardReadModel;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme manager dashboard page; the same read model is the JSON of DashboardApiController. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
class ManagerDashboardController {

    private final ManagerDashboardReadModel dashboards;
    private final Programmes programmes;

    ManagerDashboardController(ManagerDashboardReadModel dashboards, Programmes programmes) {
        this.dashboards = dashboards;
        this.programmes = programmes;
    }

    @GetMapping("/dashboard/manager")
    String page(@RequestParam(required = false) Long programmeId, Model model) {
        model.addAttribute("programmes", programmes.visibleTo(CurrentUser.get()));
        model.addAttribute("dashboard", dashboards.of(programmeId, CurrentUser.get()));
        return "dashboard-manager";
    }
}
