package org.partnerflow.variation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.milestone.PlanChange;
import org.springframework.stereotype.Component;

/**
 * A variation's milestone lists: the award's open milestones as they stand (with their tranches), and the JSON text
 * its row keeps of what was asked for and what was there before.
 */
@Component
class VariationMilestones {

    private static final TypeReference<List<PlanChange>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final AwardPlans plans;

    VariationMilestones(ObjectMapper json, AwardPlans plans) {
        this.json = json;
        this.plans = plans;
    }

    /** The award's milestones not yet approved (nor withdrawn), with their tranches: what a milestone list replaces. */
    List<PlanChange> open(long awardId) {
        var tranches = plans.tranches(List.of(awardId)).getOrDefault(awardId, List.of());
        return plans.milestones(List.of(awardId)).getOrDefault(awardId, List.of()).stream()
                .filter(m -> m.status().isOpen())
                .map(m -> new PlanChange(m.id(), m.title(), m.dueDate(), m.evidenceExpected(), tranches.stream()
                        .filter(t -> m.id().equals(t.milestoneId())).map(AwardPlans.PlannedTranche::amount)
                        .findFirst().orElse(null)))
                .toList();
    }

    String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a variation's milestones could not be written", e);
        }
    }

    List<PlanChange> read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a variation's milestones could not be read", e);
        }
    }
}
