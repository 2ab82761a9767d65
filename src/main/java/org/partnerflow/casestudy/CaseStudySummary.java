package org.partnerflow.casestudy;

import java.time.LocalDate;

/** A published case study in the public list: where it is and its latest version. */
public record CaseStudySummary(String slug, long partnershipId, String title, int version, LocalDate publishedOn) {
}
