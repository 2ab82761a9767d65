package org.partnerflow.variation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partnerflow.milestone.PlanChange;

/**
 * The body of POST /api/v1/awards/{id}/variations: why, and at least one change. {@code milestones} replaces every
 * milestone not yet approved (an id keeps and changes one, no id adds one, one left out is removed); their tranches
 * add up to the new amount less what is already approved or released. Checked by {@link AwardVariations#request},
 * after the caller's access, so a refused caller learns nothing from the body.
 */
public record VariationRequest(String reason, BigDecimal amountAwarded, LocalDate endDate, List<PlanChange> milestones) {
}
