package org.partnerflow.dashboard.web;

import java.util.List;
import org.partnerflow.dashboard.PartnerHomeReadModel;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.TaskRows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what needs the signed-in user now, by role. A partner gets the partner home, the read model that is
 * also GET /api/v1/dashboard/partner.
 */
@Controller
class HomeController {

    static final int MOST_URGENT = 5;

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final TaskList tasks;
    private final TaskRows rows;
    private final PartnerHomeReadModel partnerHomes;

    HomeController(Programmes programmes, Partnerships partnerships, TaskList tasks, TaskRows rows,
            PartnerHomeReadModel partnerHomes) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.tasks = tasks;
        this.rows = rows;
        this.partnerHomes = partnerHomes;
    }

    @GetMapping("/")
    String home(Model model) {
        PartnerflowUser user = CurrentUser.get();
        if (user.has(Role.PARTNER) && !user.isStaff()) {
            model.addAttribute("partnerHome", partnerHomes.of(user, null));
            return "home";
        }
        model.addAttribute("programmes", programmes.visibleTo(user));
        model.addAttribute("partnerships", user.isStaff() ? List.of() : partnerships.visibleTo(user, null));
        // The task list orders overdue first, then by due date, then the undated by age: its first page is the most urgent.
        var urgent = tasks.visibleTo(user, new TaskFilter(null, null, false, 0, MOST_URGENT));
        model.addAttribute("taskCount", urgent.isEmpty() ? 0 : tasks.countVisibleTo(user, TaskFilter.all()));
        model.addAttribute("overdueCount", urgent.isEmpty() ? 0
                : tasks.countVisibleTo(user, new TaskFilter(null, null, true, 0, 1)));
        model.addAttribute("tasks", urgent.isEmpty() ? List.of() : rows.rows(urgent, rows.partnershipNames(user), user));
        return "home";
    }
}
