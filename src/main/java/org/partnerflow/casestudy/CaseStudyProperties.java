package org.partnerflow.casestudy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of case studies ({@code partnerflow.casestudy.*}): how many public update requests one client address
 * may send in a window, against floods of the public form.
 */
@ConfigurationProperties("partnerflow.casestudy")
public record CaseStudyProperties(@DefaultValue("5") int updateRequestsPerAddress,
        @DefaultValue("PT10M") Duration updateRequestWindow) {
}
