package org.partnerflow.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the REST API ({@code partnerflow.api.*}). */
@ConfigurationProperties("partnerflow.api")
public record ApiProperties(@DefaultValue("1048576") long maxRequestBytes) {
}
