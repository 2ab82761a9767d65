package org.partnerflow.award.web;

import java.util.List;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.Spending;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Award pages: the list (staff see all, partners their own partnerships') and one award's story. Access is the
 * Awards API's: another partnership's award answers 404, so its id tells a partner nothing.
 */
@Controller
class AwardPageController {

    /** The award page lists this many of the newest audit events; the API pages through all of them. */
    static final int AUDIT_ON_PAGE = 100;

    private final AwardQueries awards;
    private final AuditTrail audit;

    AwardPageController(AwardQueries awards, AuditTrail audit) {
        this.awards = awards;
        this.audit = audit;
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
        AwardDetail award = awards.get(id, CurrentUser.get());
        model.addAttribute("award", award);
        model.addAttribute("ineligibility", award.ineligibilityReasons() == null ? List.of()
                : List.of(award.ineligibilityReasons().split("\n")));
        // Money still to be paid out of what was awarded; nothing until the panel has decided an amount.
        model.addAttribute("remainingToRelease", award.award().amountAwarded() == null ? null
                : award.award().amountAwarded().subtract(award.award().amountReleased()));
        model.addAttribute("audit", audit.forAward(id, 0, AUDIT_ON_PAGE));
        PartnerflowUser user = CurrentUser.get();
        model.addAttribute("canReportSpend", Spending.canReport(award.award().partnershipId(), user)
                && (award.award().status() == AwardStatus.ACTIVE || award.award().status() == AwardStatus.CLOSED));
        model.addAttribute("canMoveMoney", user.has(Role.PROGRAMME_MANAGER) && !award.milestones().isEmpty());
        return "award";
    }
}
