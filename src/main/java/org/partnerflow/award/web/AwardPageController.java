package org.partnerflow.award.web;

import java.util.List;
import org.partnerflow.audit.AuditLines;
import org.partnerflow.audit.AuditPage;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.Users;
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
    private final AuditLines lines;
    private final Users users;

    AwardPageController(AwardQueries awards, AuditTrail audit, AuditLines lines, Users users) {
        this.awards = awards;
        this.audit = audit;
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
        AuditPage trail = audit.forAward(id, 0, AUDIT_ON_PAGE);
        var names = users.displayNames(trail.items().stream().map(e -> e.actor()).distinct().toList());
        model.addAttribute("audit", trail);
        model.addAttribute("auditLines", lines.of(trail.items(), names::get));
        return "award";
    }
}
