package org.partnerflow.award;

import static org.partnerflow.shared.Money.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerflow.organisation.OrganisationType;

/**
 * The automatic eligibility check of a submitted proposal, against the programme as it stands when the check
 * runs (another award may have taken budget since the proposal was written). Returns the reasons, in words,
 * that the partnership is shown; none means eligible.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    public static List<String> reasons(BigDecimal amountRequested, int durationMonths, ProgrammeTerms terms,
            Set<OrganisationType> memberTypes) {
        List<String> reasons = new ArrayList<>();
        if (amountRequested.compareTo(terms.awardCap()) > 0) {
            reasons.add("The amount requested, " + format(amountRequested) + ", is more than the award cap of "
                    + format(terms.awardCap()) + ".");
        }
        if (amountRequested.compareTo(terms.remainingBudget()) > 0) {
            reasons.add("The amount requested, " + format(amountRequested) + ", is more than the programme's remaining "
                    + "budget of " + format(terms.remainingBudget()) + ".");
        }
        if (durationMonths > terms.maxDurationMonths()) {
            reasons.add("The award would last " + durationMonths + " months; the programme allows at most "
                    + terms.maxDurationMonths() + ".");
        }
        Set<OrganisationType> missing = terms.requiredMemberTypes().isEmpty()
                ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(terms.requiredMemberTypes());
        missing.removeAll(memberTypes);
        for (OrganisationType type : missing) {
            reasons.add("The partnership has no member of the kind the programme requires: " + type.label() + ".");
        }
        return reasons;
    }
}
