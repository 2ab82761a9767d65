package org.partnerflow.award.web;

import org.partnerflow.award.PanelRanking;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The panel page: a programme's proposals waiting for a decision, best first, each with a link to decide it. */
@Controller
@PreAuthorize("hasAnyRole('FUNDER', 'PROGRAMME_MANAGER')")
class PanelPageController {

    private final PanelRanking panel;
    private final Programmes programmes;

    PanelPageController(PanelRanking panel, Programmes programmes) {
        this.panel = panel;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/panel")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("programme", programmes.get(id, CurrentUser.get()));
        model.addAttribute("entries", panel.of(id, CurrentUser.get()));
        return "panel";
    }
}
