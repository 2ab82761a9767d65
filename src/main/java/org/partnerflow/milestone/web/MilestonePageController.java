package org.partnerflow.milestone.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.milestone.EvidenceFiles;
import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.milestone.MilestonePlan;
import org.partnerflow.milestone.AwardLedger;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.MilestoneTimeline;
import org.partnerflow.milestone.MilestoneVariations;
import org.partnerflow.milestone.VariationRequest;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A milestone's page: where it stands, everything done about it, and for programme managers a form to re-plan its
 * due date. Access is the milestone API's: 404 unless the user may read the partnership (an id tells a partner of
 * another partnership nothing), 403 for a re-plan by anyone but a programme manager.
 */
@Controller
@RequestMapping("/milestones/{id}")
class MilestonePageController {

    private final MilestoneDelivery delivery;
    private final MilestoneVariations variations;
    private final MilestonePlan plan;
    private final AwardLedger awards;
    private final Validator validator;
    private final EvidenceFiles files;

    MilestonePageController(MilestoneDelivery delivery, MilestoneVariations variations, MilestonePlan plan,
            AwardLedger awards, Validator validator, EvidenceFiles files) {
        this.files = files;
        this.delivery = delivery;
        this.variations = variations;
        this.plan = plan;
        this.awards = awards;
        this.validator = validator;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        requireReadable(id, CurrentUser.get());
        return render(id, FormState.of(Map.of()), model);
    }

    /** An evidence file, under the API's rules: 404 unless the reader may see the milestone (and the file is its). */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        requireReadable(id, CurrentUser.get());
        return EvidenceDownloads.response(files.download(id, attachmentId));
    }

    @PostMapping("/variations")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    String vary(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        requireReadable(id, user);
        Map<String, String[]> params = request.getParameterMap();
        try {
            VariationRequest body = VariationForm.read(params, validator);
            MilestoneFacts replanned = variations.vary(id, body, user.getUsername());
            redirect.addFlashAttribute("replannedTo", replanned.dueDate());
            return "redirect:/milestones/{id}";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, FormState.submitted(params, broken.errors(), UnaryOperator.identity(), Set.of()), model);
        } catch (ConflictException approved) {
            // Approved since the page was loaded: say why on the date field rather than show a dead end.
            response.setStatus(HttpStatus.CONFLICT.value());
            var rule = new DomainRuleViolation.FieldRule(VariationForm.DUE_DATE, approved.getMessage());
            return render(id, FormState.submitted(params, List.of(rule), UnaryOperator.identity(), Set.of()), model);
        }
    }

    private String render(long id, FormState form, Model model) {
        PartnerflowUser user = CurrentUser.get();
        MilestoneHistory history = delivery.history(id);
        MilestoneFacts facts = history.milestone();
        model.addAttribute("m", facts);
        model.addAttribute("award", awards.summary(facts.awardId())); // its period, for the re-plan hint
        model.addAttribute("timeline", MilestoneTimeline.of(history));
        model.addAttribute("form", form);
        model.addAttribute("files", files.listed(id));
        model.addAttribute("canMoveMoney", user.has(Role.PROGRAMME_MANAGER) && TrancheMovePageController.open(facts));
        model.addAttribute("canReplan", user.has(Role.PROGRAMME_MANAGER) && facts.status().isOpen());
        return "milestone";
    }

    private void requireReadable(long id, PartnerflowUser user) {
        if (!user.canRead(plan.facts(id).partnershipId())) {
            throw new NotFoundException("Milestone", id);
        }
    }
}
