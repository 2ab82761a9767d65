package org.partnerflow.variation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.partnerflow.milestone.PlanChange;
import org.springframework.stereotype.Component;

/** A variation's milestone lists as the JSON text its row keeps (what was asked for, and what was there before). */
@Component
class VariationMilestones {

    private static final TypeReference<List<PlanChange>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;

    VariationMilestones(ObjectMapper json) {
        this.json = json;
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
