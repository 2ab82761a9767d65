package org.partnerflow.dashboard.web;

import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what needs the signed-in user now, by role. */
@Controller
class HomeController {

    private final Programmes programmes;
    private final Partnerships partnerships;

    HomeController(Programmes programmes, Partnerships partnerships) {
        this.programmes = programmes;
        this.partnerships = partnerships;
    }

    @GetMapping("/")
    String home(Model model) {
        PartnerflowUser user = CurrentUser.get();
        model.addAttribute("programmes", programmes.visibleTo(user));
        model.addAttribute("partnerships", user.isStaff() ? java.util.List.of() : partnerships.visibleTo(user, null));
        return "home";
    }
}
