package org.partnerflow.milestone.process;

import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.security.Role;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notification;

/**
 * The e-mails of milestoneDelivery: the evidence reminder, the overdue escalation, the released tranche. Their
 * subjects come from i18n/mail.properties, like their bodies.
 */
final class MilestoneNotices {

    static final String PROGRAMME_MANAGERS = Role.PROGRAMME_MANAGER.group();

    private MilestoneNotices() {
    }

    static Notification reminder(MilestoneFacts facts, Formats formats) {
        return Notification.templated(partnership(facts), "milestone-reminder",
                formats.defaultText("mail.milestoneReminder.subject", formats.defaultDate(facts.dueDate()), facts.awardReference()),
                "milestone-" + facts.milestoneId() + "-reminder-" + facts.dueDate(), model(facts));
    }

    /** To the partnership, or to the programme managers who follow it up. */
    static Notification overdue(MilestoneFacts facts, boolean forManagers, Formats formats) {
        var model = model(facts);
        model.put("forManagers", forManagers);
        return Notification.templated(forManagers ? PROGRAMME_MANAGERS : partnership(facts), "milestone-overdue",
                formats.defaultText("mail.milestoneOverdue.subject", facts.title(), facts.awardReference()),
                "milestone-" + facts.milestoneId() + "-overdue-" + facts.dueDate() + (forManagers ? "-managers" : ""),
                model);
    }

    static Notification trancheReleased(MilestoneFacts facts, Formats formats) {
        return Notification.templated(partnership(facts), "tranche-released",
                formats.defaultText("mail.trancheReleased.subject", facts.awardReference()),
                "tranche-released-" + facts.trancheId(),
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
