package org.partnerflow.award.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.Proposals;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ApplicationRounds;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
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

/**
 * "Start an application" for a partnership: says whether its programme takes applications now (the open round, or
 * when the next opens) and starts the award as {@code POST /api/v1/awards} does, then takes a partner to the
 * proposal's task. Another partnership's partner gets 404, as from the API.
 */
@Controller
@PreAuthorize("hasAnyRole('PARTNER', 'PROGRAMME_MANAGER', 'ADMIN')")
class ApplicationPageController {

    private final Proposals proposals;
    private final Partnerships partnerships;
    private final ApplicationRounds rounds;
    private final AwardQueries awards;
    private final TaskService tasks;
    private final Formats formats;

    ApplicationPageController(Proposals proposals, Partnerships partnerships, ApplicationRounds rounds,
            AwardQueries awards, TaskService tasks, Formats formats) {
        this.proposals = proposals;
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.awards = awards;
        this.tasks = tasks;
        this.formats = formats;
    }

    @GetMapping("/partnerships/{id}/application")
    String show(@PathVariable long id, Model model) {
        return render(id, FormState.of(Map.of()), model);
    }

    @PostMapping("/partnerships/{id}/application")
    String start(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        PartnershipView partnership = partnerships.get(id, user); // 404 before anything is written
        try {
            AwardView award = proposals.start(id, user);
            redirect.addFlashAttribute("done", formats.text("application.started", award.reference()));
            Task proposal = tasks.createTaskQuery().processInstanceId(award.processInstanceId())
                    .taskDefinitionKey("submitProposal").singleResult();
            return proposal != null && user.partnershipIds().contains(partnership.id())
                    ? "redirect:/tasks/" + proposal.getId() : "redirect:/awards/" + award.id();
        } catch (DomainRuleViolation refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, FormState.submitted(Map.of(), refused.errors(), UnaryOperator.identity(), Set.of()),
                    model);
        } catch (ConflictException taken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(id, FormState.of(Map.of()), model);
        }
    }

    private String render(long id, FormState form, Model model) {
        PartnerflowUser user = CurrentUser.get();
        PartnershipView partnership = partnerships.get(id, user);
        List<AwardView> current = awards.ofPartnerships(user, List.of(id), AwardStatus.IN_PROGRESS_OR_ACTIVE);
        model.addAttribute("partnership", partnership);
        model.addAttribute("current", current.isEmpty() ? null : current.get(0));
        model.addAttribute("window", rounds.window(partnership.programmeId()));
        model.addAttribute("form", form);
        return "application";
    }
}
