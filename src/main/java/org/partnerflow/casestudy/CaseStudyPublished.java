package org.partnerflow.casestudy;

/** A new version of a case study was published. */
public record CaseStudyPublished(long caseStudyId, long partnershipId, String slug, int version) {
}
