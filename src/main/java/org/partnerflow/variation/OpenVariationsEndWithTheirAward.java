package org.partnerflow.variation;

import org.camunda.bpm.engine.RuntimeService;
import org.partnerflow.award.AwardTerminated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A variation open when its award is terminated has nothing left to vary: the award's termination sends its process
 * the message that withdraws it (awardVariation's event subprocess), in the termination's transaction, so the open
 * assessment or approval task goes with it.
 */
@Component
class OpenVariationsEndWithTheirAward {

    static final String MESSAGE = "variationAwardEnded";
    /** The process variable naming who terminated the award, and so withdrew the variation. */
    private static final String WITHDRAWN_BY = "withdrawnBy";

    private final AwardVariationRepository variations;
    private final RuntimeService runtime;

    OpenVariationsEndWithTheirAward(AwardVariationRepository variations, RuntimeService runtime) {
        this.variations = variations;
        this.runtime = runtime;
    }

    @EventListener
    void on(AwardTerminated terminated) {
        variations.findByOpenAwardId(terminated.awardId()).ifPresent(open -> runtime.createMessageCorrelation(MESSAGE)
                .processInstanceId(open.getProcessInstanceId()).setVariable(WITHDRAWN_BY, terminated.terminatedBy())
                .correlate());
    }
}
