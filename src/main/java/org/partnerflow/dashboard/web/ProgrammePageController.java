package org.partnerflow.dashboard.web;

import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ApplicationRounds;
import org.partnerflow.programme.ProgrammeCriteria;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Programme pages for staff: the list, and one programme with its partnerships. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'ASSESSOR', 'LEARNING_PARTNER')")
class ProgrammePageController {

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final org.partnerflow.outcome.OutcomeRollUp outcomes;
    private final ProgrammeCriteria criteria;
    private final ApplicationRounds rounds;

    ProgrammePageController(Programmes programmes, Partnerships partnerships,
            org.partnerflow.outcome.OutcomeRollUp outcomes, ProgrammeCriteria criteria, ApplicationRounds rounds) {
        this.outcomes = outcomes;
        this.criteria = criteria;
        this.rounds = rounds;
        this.programmes = programmes;
        this.partnerships = partnerships;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.visibleTo(CurrentUser.get()));
        return "programmes";
    }

    @GetMapping("/programmes/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("programme", programmes.get(id, CurrentUser.get()));
        model.addAttribute("partnerships", partnerships.visibleTo(CurrentUser.get(), id));
        model.addAttribute("outcomes", outcomes.programme(id, CurrentUser.get()));
        model.addAttribute("criteria", criteria.of(id));
        model.addAttribute("rounds", rounds.of(id));
        return "programme";
    }
}
