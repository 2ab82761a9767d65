package org.partnerflow.milestone.process;

import org.partnerflow.award.MilestoneFacts;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Notification;

/** The e-mails of milestoneDelivery: the evidence reminder, the overdue escalation, the released tranche. */
final class MilestoneNotices {

    static final String PROGRAMME_MANAGERS = Role.PROGRAMME_MANAGER.group();

    private MilestoneNotices() {
    }

    static Notification reminder(MilestoneFacts facts) {
        return Notification.templated(partnership(facts), "milestone-reminder",
                "Evidence due on " + facts.dueDate() + " for " + facts.awardReference(),
                "milestone-" + facts.milestoneId() + "-reminder-" + facts.dueDate(), model(facts));
    }

    /** To the partnership, or to the programme managers who follow it up. */
    static Notification overdue(MilestoneFacts facts, boolean forManagers) {
        var model = model(facts);
        model.put("forManagers", forManagers);
        return Notification.templated(forManagers ? PROGRAMME_MANAGERS : partnership(facts), "milestone-overdue",
                "Overdue: evidence for " + facts.title() + " of " + facts.awardReference(),
                "milestone-" + facts.milestoneId() + "-overdue-" + facts.dueDate() + (forManagers ? "-managers" : ""),
                model);
    }

    static Notification trancheReleased(MilestoneFacts facts) {
        return Notification.templated(partnership(facts), "tranche-released",
                "Tranche released for " + facts.awardReference(), "tranche-released-" + facts.trancheId(),
                model(facts));
    }

    private static String partnership(MilestoneFacts facts) {
        return Role.partnershipGroup(facts.partnershipId());
    }

    private static java.util.Map<String, Object> model(MilestoneFacts facts) {
        return Notification.model("reference", facts.awardReference(), "partnership", facts.partnershipName(),
                "milestone", facts.title(), "sequence", facts.sequence(), "dueDate", facts.dueDate(),
                "evidenceExpected", facts.evidenceExpected(), "trancheAmount", facts.trancheAmount());
    }
}
