package org.partnerflow.casestudy;

import org.partnerflow.learning.CaseStudyDrafts;
import org.partnerflow.learning.LearningReviewView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a signed-off learning review that proposes an update into a case-study update whose draft is the review's
 * text; the sections the review does not cover (about, quote, contact) start from the published version.
 */
@Component
class LearningReviewDrafts implements CaseStudyDrafts {


    private final CaseStudies caseStudies;
    private final CaseStudyUpdates updates;
    private final CaseStudyVersionRepository versions;

    LearningReviewDrafts(CaseStudies caseStudies, CaseStudyUpdates updates, CaseStudyVersionRepository versions) {
        this.versions = versions;
        this.caseStudies = caseStudies;
        this.updates = updates;
    }

    @Override
    @Transactional
    public void proposeFromReview(LearningReviewView review) {
        CaseStudy study = caseStudies.forPartnership(review.partnershipId());
        // Without a published version the first one starts from the review alone.
        Draft published = versions.findFirstByCaseStudyIdOrderByNumberDesc(study.getId())
                .map(CaseStudyVersion::getSections).orElse(null);
        String about = published != null ? published.about()
                : "Written from the partnership's learning review of " + org.partnerflow.shared.PlainDates.format(review.dueOn()) + ".";
        String contact = published != null ? published.contact() : "The partnership's lead organisation";
        updates.startFromLearningReview(review.partnershipId(), new Draft(about, review.wentWell(),
                review.challengesOvercome(), review.results(), review.whatMadeTheDifference(),
                published == null ? null : published.quote(), published == null ? null : published.quoteAttribution(),
                contact));
    }
}
