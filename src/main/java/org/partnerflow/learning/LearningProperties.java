package org.partnerflow.learning;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of learning reviews ({@code partnerflow.learning.*}): the characteristics every review rates, and how
 * long before its due date a review opens for writing.
 */
@ConfigurationProperties("partnerflow.learning")
public record LearningProperties(
        @DefaultValue({"Shared purpose", "Trust and generosity", "Leaders who work across boundaries",
                "Community voice and power", "Honest conversations", "Shared learning and data",
                "Pooled resources", "Momentum to act"}) List<String> characteristics,
        @DefaultValue("P30D") Duration opensBefore) {
}
