package org.partnerflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.PanelDecision;
import org.partnerflow.award.Recommendation;
import org.partnerflow.casestudy.ApprovalRequest;
import org.partnerflow.casestudy.TriageRequest;
import org.partnerflow.casestudy.UpdateSource;
import org.partnerflow.casestudy.UpdateStatus;
import org.partnerflow.dashboard.Portfolio;
import org.partnerflow.dashboard.RagRules;
import org.partnerflow.learning.LearningReviewStatus;
import org.partnerflow.learning.SignOffRequest;
import org.partnerflow.milestone.MilestoneStatus;
import org.partnerflow.milestone.ReleaseDecisionRequest;
import org.partnerflow.milestone.ReviewRequest;
import org.partnerflow.milestone.TrancheStatus;
import org.partnerflow.shared.Formats;
import org.partnerflow.support.Bundles;
import org.partnerflow.support.PlainWords;

/**
 * Every status, decision and standing a page tags has its own words in the bundles (status.UNDER_ASSESSMENT,
 * Under assessment), not the fallback made from its name; and none of them reads as a code.
 */
class StatusAndActionNamesTest {

    private final Formats fmt = new Formats(Bundles.messages(), List.of("en-GB"));

    @Test
    void everyStatusAndDecisionHasPlainWords() {
        PlainWords words = PlainWords.ofThisApplication();
        for (Class<? extends Enum<?>> type : List.of(AwardStatus.class, MilestoneStatus.class, TrancheStatus.class,
                LearningReviewStatus.class, UpdateStatus.class, UpdateSource.class, PanelDecision.class,
                Recommendation.class, ReviewRequest.Decision.class, ReleaseDecisionRequest.Decision.class,
                SignOffRequest.Decision.class, TriageRequest.Decision.class, ApprovalRequest.Decision.class,
                org.partnerflow.outcome.ReviewRequest.Choice.class, RagRules.Rag.class, Portfolio.Standing.class,
                org.partnerflow.variation.VariationStatus.class,
                org.partnerflow.variation.AssessVariationRequest.Decision.class,
                org.partnerflow.variation.ApproveVariationRequest.Decision.class)) {
            String kind = type.getSimpleName().replaceFirst("Status$", "");
            for (Enum<?> constant : type.getEnumConstants()) {
                String ofKind = Bundles.messages().getMessage("status." + Character.toLowerCase(kind.charAt(0))
                        + kind.substring(1) + "." + constant.name(), null, null, Locale.UK);
                String own = Bundles.messages().getMessage("status." + constant.name(), null, null, Locale.UK);
                assertThat(ofKind != null || own != null).as("a status key for %s.%s", type.getSimpleName(), constant)
                        .isTrue();
                assertThat(words.inText(fmt.status(constant))).as(constant.name()).isEmpty();
            }
        }
    }
}
