package org.partnerflow.casestudy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One published version with its sections; {@code publishedBy} only for staff (the public sees no usernames). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(String slug, long partnershipId, String title, int version, LocalDate publishedOn,
        String publishedBy, Draft sections) {

    static VersionView of(CaseStudy study, CaseStudyVersion version, boolean staff) {
        return new VersionView(study.getSlug(), study.getPartnershipId(), study.getTitle(), version.getNumber(),
                version.getPublishedOn(), staff ? version.getPublishedBy() : null, version.getSections());
    }
}
