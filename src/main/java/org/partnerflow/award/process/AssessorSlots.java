package org.partnerflow.award.process;

import java.util.List;
import org.partnerflow.award.AssessorPanel;
import org.springframework.stereotype.Component;

/**
 * What grantAward's assessProposal multi-instance asks (bean assessorSlots): its slots, and each slot's assignee (a
 * named assessor) or candidate group (the assessors' group). Slots are strings, so the process holds no entity.
 */
@Component("assessorSlots")
public class AssessorSlots {

    private final AssessorPanel panel;

    AssessorSlots(AssessorPanel panel) {
        this.panel = panel;
    }

    /** The round's slots: named assessors still to assess, or the group's share of the required assessments. */
    public List<String> of(Number awardId, Number assessmentsRequired) {
        return panel.slots(awardId.longValue(), assessmentsRequired == null ? 1 : assessmentsRequired.intValue());
    }

    /** The named assessor of a slot, or null for a slot offered to the group. */
    public String assignee(String slot) {
        return slot != null && slot.startsWith(AssessorPanel.USER) ? slot.substring(AssessorPanel.USER.length()) : null;
    }

    /** The group a slot is offered to, or none for a named assessor's slot. */
    public List<String> candidateGroups(String slot) {
        return slot != null && slot.startsWith("group:") ? List.of(slot.substring("group:".length())) : List.of();
    }
}
