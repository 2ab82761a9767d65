package org.partnerflow.milestone;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of milestone delivery ({@code partnerflow.milestone.*}): how long before the due date to remind. */
@ConfigurationProperties("partnerflow.milestone")
public record MilestoneProperties(@DefaultValue("P14D") Duration reminderBefore) {
}
