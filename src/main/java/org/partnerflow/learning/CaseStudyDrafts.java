package org.partnerflow.learning;

/**
 * Where a signed-off review that proposes a case-study update goes: the case-study module implements it and
 * starts its update process with the review's text as the draft. Owned here so learning needs no case-study types.
 */
public interface CaseStudyDrafts {

    void proposeFromReview(LearningReviewView review);
}
