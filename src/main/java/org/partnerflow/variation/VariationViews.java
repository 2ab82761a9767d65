package org.partnerflow.variation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Variations as they are shown: an award's, newest first, each with its decisions (two queries however many). */
@Service
public class VariationViews {

    private final AwardVariationRepository variations;
    private final VariationDecisionRepository decisions;
    private final VariationMilestones milestones;

    VariationViews(AwardVariationRepository variations, VariationDecisionRepository decisions,
            VariationMilestones milestones) {
        this.variations = variations;
        this.decisions = decisions;
        this.milestones = milestones;
    }

    /** The award's variations, newest first. Access is the caller's to check (as the award). */
    @Transactional(readOnly = true)
    public List<VariationView> ofAward(long awardId) {
        List<AwardVariation> found = variations.findByAwardIdOrderByRequestedAtDescIdDesc(awardId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<VariationDecision>> byVariation = decisions.findByVariationIdInOrderByDecidedAtAscIdAsc(
                found.stream().map(AwardVariation::getId).toList()).stream()
                .collect(Collectors.groupingBy(VariationDecision::getVariationId));
        return found.stream().map(v -> view(v, byVariation.getOrDefault(v.getId(), List.of()))).toList();
    }

    /** One variation, for its task forms. */
    @Transactional(readOnly = true)
    public VariationView get(long variationId) {
        AwardVariation variation = variations.require(variationId);
        return view(variation, decisions.findByVariationIdInOrderByDecidedAtAscIdAsc(List.of(variationId)));
    }

    VariationView view(AwardVariation v, List<VariationDecision> made) {
        VariationView.Before before = v.getStatus() == VariationStatus.APPLIED ? new VariationView.Before(
                v.getAmountBefore(), v.getEndDateBefore(), milestones.read(v.getMilestonesBefore())) : null;
        return new VariationView(v.getId(), v.getAwardId(), v.getStatus(), v.getReason(), v.getRequestedBy(),
                v.getRequestedAt(), new VariationView.Changes(v.getAmountAwarded(), v.getEndDate(),
                        milestones.read(v.getMilestones())), before,
                made.stream().map(d -> new VariationView.Decision(d.getStep(), d.getDecision(), d.getComments(),
                        d.getDecidedBy(), d.getDecidedAt())).toList(), v.getProcessInstanceId());
    }
}
