package org.partnerflow.award;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the award workflow ({@code partnerflow.award.*}). The criteria assessors score are the programme's
 * ({@code programme.ProgrammeCriteria}); the configured list a programme starts with keeps its key,
 * {@code partnerflow.award.criteria} ({@code programme.DefaultCriteria}).
 *
 * @param referencePrefix      starts every award reference, followed by the programme code and a number
 *                             (360Giving grant ids begin with the funder's registered 360G- prefix)
 * @param assessmentsRequired  how many assessors score each proposal of a programme without application rounds
 *                             (a round sets its own)
 * @param offerAcceptancePeriod how long an offer stays open before it is withdrawn
 */
@ConfigurationProperties("partnerflow.award")
public record AwardProperties(
        @DefaultValue("360G-PF") String referencePrefix,
        @DefaultValue("1") int assessmentsRequired,
        @DefaultValue("P30D") Duration offerAcceptancePeriod) {
}
