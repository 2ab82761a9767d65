package org.partnerflow.programme;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The criteria a programme that never set its own is assessed against, each at weight 1. The key is the one the
 * award workflow had when every programme shared these ({@code partnerflow.award.criteria}), so a configuration
 * written for it still applies.
 */
@ConfigurationProperties("partnerflow.award")
public record DefaultCriteria(
        @DefaultValue({"Community voice and power", "Strength of the partnership", "Deliverability of the plan",
                "Value for money", "Learning and sharing"}) List<String> criteria) {

    List<Criterion> asCriteria() {
        return criteria.stream().map(Criterion::standard).toList();
    }
}
