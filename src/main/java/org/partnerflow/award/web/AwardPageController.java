package org.partnerflow.award.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.audit.AuditLines;
import org.partnerflow.audit.AuditPage;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AssessorAnonymity;
import org.partnerflow.award.AssessorPanel;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardPageSections;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.Spending;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.security.Users;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Award pages: the list (staff see all, partners their own partnerships') and one award's story. Access is the
 * Awards API's: another partnership's award answers 404, so its id tells a partner nothing. Partners never see who
 * assessed or their scores (AssessorAnonymity); programme managers name the assessors here.
 */
@Controller
class AwardPageController {

    /** The award page lists this many of the newest audit events; the API pages through all of them. */
    static final int AUDIT_ON_PAGE = 100;
    private static final Set<AwardStatus> ASSESSING = Set.of(AwardStatus.PROPOSED, AwardStatus.UNDER_ASSESSMENT,
            AwardStatus.CHANGES_REQUESTED);

    private final AwardQueries awards;
    private final AuditTrail audit;
    private final AssessorPanel panel;
    private final AuditLines lines;
    private final Users users;
    private final org.partnerflow.award.AwardInterruptions interruptions;
    private final org.springframework.beans.factory.ObjectProvider<AwardPageSections> sections;

    AwardPageController(AwardQueries awards, AuditTrail audit, AssessorPanel panel, AuditLines lines, Users users,
            org.partnerflow.award.AwardInterruptions interruptions,
            org.springframework.beans.factory.ObjectProvider<AwardPageSections> sections) {
        this.interruptions = interruptions;
        this.sections = sections;
        this.awards = awards;
        this.audit = audit;
        this.panel = panel;
        this.lines = lines;
        this.users = users;
    }

    @GetMapping("/awards")
    String list(@RequestParam(required = false) Long programmeId, @RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) AwardStatus status, Model model) {
        model.addAttribute("awards", awards.visibleTo(CurrentUser.get(), programmeId, partnershipId, status));
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AwardStatus.values());
        // A partner starts an application from here: straight to its page with one partnership, else by choosing one.
        var user = CurrentUser.get();
        model.addAttribute("applyFor", user.has(org.partnerflow.security.Role.PARTNER) && !user.isStaff()
                ? List.copyOf(user.partnershipIds()) : List.of());
        return "awards";
    }

    @GetMapping("/awards/{id}")
    String show(@PathVariable long id, Model model) {
        return render(id, FormState.of(Map.of()), model);
    }

    @PostMapping("/awards/{id}/assessors")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    String nameAssessors(@PathVariable long id, @RequestParam(required = false) List<String> usernames,
            HttpServletResponse response, Model model) {
        awards.get(id, CurrentUser.get());
        try {
            panel.name(id, usernames == null ? List.of() : usernames, CurrentUser.get());
            return "redirect:/awards/" + id + "#named-assessors";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, FormState.submitted(Map.of(), broken.errors().stream()
                    .map(e -> new DomainRuleViolation.FieldRule("usernames", e.message())).toList(),
                    UnaryOperator.identity(), Set.of()), model);
        } catch (ConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(id, FormState.submitted(Map.of(), List.of(new DomainRuleViolation.FieldRule("usernames",
                    conflict.getMessage())), UnaryOperator.identity(), Set.of()), model);
        }
    }

    private String render(long id, FormState assessorForm, Model model) {
        PartnerflowUser user = CurrentUser.get();
        AwardDetail award = awards.get(id, user);
        model.addAttribute("award", award);
        model.addAttribute("staffView", user.isStaff());
        model.addAttribute("ineligibility", award.ineligibilityReasons() == null ? List.of()
                : List.of(award.ineligibilityReasons().split("\n")));
        // Money still to be paid out of what was awarded; nothing until the panel has decided an amount.
        model.addAttribute("remainingToRelease", award.award().amountAwarded() == null ? null
                : award.award().amountAwarded().subtract(award.award().amountReleased()));
        AuditPage trail = AssessorAnonymity.asSeenBy(audit.forAward(id, 0, AUDIT_ON_PAGE), user);
        var people = new java.util.ArrayList<>(trail.items().stream().map(e -> e.actor()).distinct().toList());
        if (award.decision() != null && award.decision().decidedBy() != null) {
            people.add(award.decision().decidedBy());
        }
        if (award.interruption() != null) { // who suspended or ended it, named in the banner
            java.util.stream.Stream.of(award.interruption().suspendedBy(), award.interruption().terminatedBy())
                    .filter(java.util.Objects::nonNull).forEach(people::add);
        }
        var names = users.displayNames(people);
        model.addAttribute("names", names);
        model.addAttribute("audit", trail);
        model.addAttribute("auditLines", lines.of(trail.items(), names::get));
        boolean canName = user.has(Role.PROGRAMME_MANAGER) && ASSESSING.contains(award.award().status());
        model.addAttribute("canNameAssessors", canName);
        if (canName) {
            model.addAttribute("namedAssessors", panel.named(id));
            model.addAttribute("assessorChoices", users.usernamesWith(Role.ASSESSOR));
            model.addAttribute("assessorForm", assessorForm);
        }
        model.addAttribute("canReportSpend", Spending.canReport(award.award().partnershipId(), user)
                && org.partnerflow.award.GrantRecords.GRANTED.contains(award.award().status()));
        model.addAttribute("actions", interruptions.actionsFor(id, award.award().status(), award.award().partnershipId(),
                user));
        model.addAttribute("sections", sections.orderedStream().map(s -> s.of(award, user))
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("canMoveMoney", user.has(Role.PROGRAMME_MANAGER) && !award.milestones().isEmpty());
        return "award";
    }
}
