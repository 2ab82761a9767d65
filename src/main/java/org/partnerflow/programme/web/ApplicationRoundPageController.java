package org.partnerflow.programme.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.programme.ApplicationRounds;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.programme.RoundView;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where programme managers and admins add an application round to a programme; the API's rules. */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class ApplicationRoundPageController {

    private final Programmes programmes;
    private final ApplicationRounds rounds;
    private final Validator validator;
    private final Formats formats;

    ApplicationRoundPageController(Programmes programmes, ApplicationRounds rounds, Validator validator,
            Formats formats) {
        this.programmes = programmes;
        this.rounds = rounds;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/programmes/{id}/rounds/new")
    String newRound(@PathVariable long id, Model model) {
        return render(programmes.get(id, CurrentUser.get()), FormState.of(Map.of("assessorsPerProposal", "1")), model);
    }

    @PostMapping("/programmes/{id}/rounds")
    String add(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        ProgrammeView programme = programmes.get(id, CurrentUser.get()); // 404 before anything is read
        Map<String, String[]> params = request.getParameterMap();
        try {
            RoundView round = rounds.add(id, RoundForm.read(params, validator, formats.text("setup.rule.notADate")),
                    CurrentUser.get().getUsername());
            redirect.addFlashAttribute("done", formats.text("setup.flash.roundAdded", round.title()));
            return "redirect:/programmes/" + id;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String[]> kept = new LinkedHashMap<>(params);
            kept.remove("_csrf");
            return render(programme, FormState.submitted(kept, broken.errors(), UnaryOperator.identity(), Set.of()),
                    model);
        }
    }

    private static String render(ProgrammeView programme, FormState form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        return "programme-round";
    }
}
