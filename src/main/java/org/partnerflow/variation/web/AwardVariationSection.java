package org.partnerflow.variation.web;

import java.util.List;
import java.util.Map;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardPageSections;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.variation.AwardVariations;
import org.partnerflow.variation.VariationView;
import org.partnerflow.variation.VariationViews;
import org.springframework.stereotype.Component;

/** The award page's Variations section: every variation in words, and the way to ask for one for those who may. */
@Component
class AwardVariationSection implements AwardPageSections {

    private final VariationViews views;

    AwardVariationSection(VariationViews views) {
        this.views = views;
    }

    @Override
    public Section of(AwardDetail award, PartnerflowUser user) {
        AwardStatus status = award.award().status();
        boolean running = status == AwardStatus.ACTIVE || status == AwardStatus.SUSPENDED;
        List<VariationView> variations = views.ofAward(award.award().id());
        if (!running && variations.isEmpty()) {
            return null; // nothing to vary yet, and nothing varied
        }
        return new Section("variations", Map.of("variations", variations, "awardId", award.award().id(),
                "canRequest", running && AwardVariations.mayRequest(award.award().partnershipId(), user),
                "openOne", variations.stream().anyMatch(VariationView::open)));
    }
}
