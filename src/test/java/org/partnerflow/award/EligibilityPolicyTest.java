package org.partnerflow.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerflow.organisation.OrganisationType;

class EligibilityPolicyTest {

    static final ProgrammeTerms TERMS = new ProgrammeTerms(new BigDecimal("450000.00"), new BigDecimal("500000.00"), 36,
            Set.of(OrganisationType.NHS_BODY, OrganisationType.LOCAL_AUTHORITY, OrganisationType.VCSE));

    static final Set<OrganisationType> ALL = Set.of(OrganisationType.NHS_BODY, OrganisationType.LOCAL_AUTHORITY,
            OrganisationType.VCSE);

    @Test
    void aProposalWithinEveryRuleIsEligible() {
        assertThat(EligibilityPolicy.reasons(new BigDecimal("450000.00"), 36, TERMS, ALL)).isEmpty();
    }

    @Test
    void eachBrokenRuleGivesAReasonInWords() {
        var reasons = EligibilityPolicy.reasons(new BigDecimal("600000.00"), 48, TERMS,
                Set.of(OrganisationType.NHS_BODY));
        assertThat(reasons).hasSize(5);
        assertThat(String.join(" ", reasons)).contains("award cap of £450,000.00", "remaining budget of £500,000.00",
                "at most 36", "Local authority", "Voluntary, community or social enterprise");
    }

    @Test
    void aProgrammeWithoutRequiredMemberTypesAcceptsAnyPartnership() {
        ProgrammeTerms open = new ProgrammeTerms(new BigDecimal("1000.00"), new BigDecimal("1000.00"), 12, Set.of());
        assertThat(EligibilityPolicy.reasons(new BigDecimal("1000.00"), 12, open, Set.of())).isEmpty();
    }
}
