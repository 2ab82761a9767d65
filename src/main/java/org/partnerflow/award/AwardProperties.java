package org.partnerflow.award;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the award workflow ({@code partnerflow.award.*}).
 *
 * @param referencePrefix      starts every award reference, followed by the programme code and a number
 *                             (360Giving grant ids begin with the funder's registered 360G- prefix)
 * @param assessmentsRequired  how many assessors score each proposal
 * @param offerAcceptancePeriod how long an offer stays open before it is withdrawn
 * @param criteria             the criteria every assessor scores, 0 to 5
 */
@ConfigurationProperties("partnerflow.award")
public record AwardProperties(
        @DefaultValue("360G-PF") String referencePrefix,
        @DefaultValue("1") int assessmentsRequired,
        @DefaultValue("P30D") Duration offerAcceptancePeriod,
        @DefaultValue({"Community voice and power", "Strength of the partnership", "Deliverability of the plan",
                "Value for money", "Learning and sharing"}) List<String> criteria) {
}
