package org.partnerflow.award;

import java.util.List;
import java.util.Map;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditEventView;
import org.partnerflow.audit.AuditPage;
import org.partnerflow.security.PartnerflowUser;

/**
 * What partners may not learn about their assessment: who assessed it and the individual scores and recommendations.
 * They see the panel's decision, reasons and conditions; staff see everything.
 */
public final class AssessorAnonymity {

    /** Who an assessor is, as a partner reads it. */
    public static final String AN_ASSESSOR = "an assessor";

    private AssessorAnonymity() {
    }

    /** The award as this user may read it: without the assessments for a partner. */
    public static AwardDetail asSeenBy(AwardDetail award, PartnerflowUser user) {
        return user.isStaff() ? award : forPartners(award);
    }

    /** The award without its assessments or their weighted score, for a partnership's own pages and tasks. */
    public static AwardDetail forPartners(AwardDetail a) {
        return new AwardDetail(a.award(), a.programmeTitle(), a.round(), a.summary(), a.communityAims(),
                a.systemAims(), a.workstreams(), a.budgetByYear(), a.durationMonths(), a.ineligibilityReasons(),
                a.decision(), a.offerExpiresAt(), a.milestones(), a.tranches(), List.of(), null, a.amountSpent(),
                a.remainingToRelease(), a.spendReturns(), a.finalReport(), a.interruption());
    }

    /** The award's audit trail as this user may read it: assessors' work without their names for a partner. */
    public static AuditPage asSeenBy(AuditPage page, PartnerflowUser user) {
        if (user.isStaff()) {
            return page;
        }
        return new AuditPage(page.items().stream().map(AssessorAnonymity::hide).toList(), page.page(), page.size(),
                page.totalItems());
    }

    private static AuditEventView hide(AuditEventView e) {
        AuditEntry.Change task = e.changes() == null ? null : e.changes().get("task");
        boolean assessing = "ASSESSED".equals(e.action()) || "ASSESSORS_NAMED".equals(e.action())
                || task != null && "assessProposal".equals(task.after());
        if (!assessing) {
            return e;
        }
        String summary = switch (e.action()) {
            case "ASSESSED" -> "Assessed the proposal";
            case "ASSESSORS_NAMED" -> "Assessors named";
            default -> e.summary();
        };
        Map<String, AuditEntry.Change> changes = "ASSESSORS_NAMED".equals(e.action()) ? Map.of() : e.changes();
        return new AuditEventView(e.id(), e.occurredAt(), AN_ASSESSOR, e.awardId(), e.partnershipId(), e.subjectType(),
                e.subjectId(), e.action(), summary, e.moneyField(), e.amountBefore(), e.amountAfter(), changes);
    }
}
