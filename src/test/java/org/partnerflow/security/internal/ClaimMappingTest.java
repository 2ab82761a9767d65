package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerflow.security.Role;

/** The mapping from a provider's claims to roles and partnerships, without Spring. */
class ClaimMappingTest {

    private static ClaimMapping mapping(List<String> claims, Map<String, Set<Role>> roles, Map<String, Long> partnerships,
            String pattern, Boolean partnershipMakesPartner) {
        return new ClaimMapping(new SingleSignOnProperties(true, claims, null, roles, partnerships, pattern,
                partnershipMakesPartner));
    }

    @Test
    void groupsMapToRolesIgnoringCaseAndUnknownGroupsAreIgnored() {
        ClaimMapping mapping = mapping(null, Map.of("Partnerflow-Managers", Set.of(Role.PROGRAMME_MANAGER),
                "panel", Set.of(Role.FUNDER, Role.ASSESSOR)), null, null, null);
        ClaimMapping.Mapped mapped = mapping.map(Map.of("groups", List.of("partnerflow-managers", "PANEL", "all-staff"),
                "roles", List.of("ignored: not a configured claim")));
        assertThat(mapped.roles()).containsExactlyInAnyOrder(Role.PROGRAMME_MANAGER, Role.FUNDER, Role.ASSESSOR);
        assertThat(mapped.partnershipIds()).isEmpty();
    }

    @Test
    void partnershipsComeFromThePatternOrTheMappingAndMakeAPartner() {
        ClaimMapping mapping = mapping(List.of("groups", "roles"), Map.of(), Map.of("b3f1-guid", 42L), null, null);
        ClaimMapping.Mapped mapped = mapping.map(Map.of("groups", List.of("partnerflow-partnership-7", "b3f1-GUID",
                "partnerflow-partnership-x", "partnerflow-partnership-99999999999999999999"), "roles", "Partnerflow-Partnership-8"));
        assertThat(mapped.partnershipIds()).containsExactlyInAnyOrder(7L, 42L, 8L);
        assertThat(mapped.roles()).containsExactly(Role.PARTNER);
    }

    @Test
    void aPartnershipMakesNoPartnerWhenSwitchedOffAndACustomPatternIsUsed() {
        ClaimMapping mapping = mapping(null, Map.of("partners", Set.of(Role.PARTNER)), null, "/partnerships/(\\d+)", false);
        assertThat(mapping.map(Map.of("groups", List.of("/partnerships/12"))).roles()).isEmpty();
        ClaimMapping.Mapped both = mapping.map(Map.of("groups", List.of("/partnerships/12", "partners")));
        assertThat(both.roles()).containsExactly(Role.PARTNER);
        assertThat(both.partnershipIds()).containsExactly(12L);
    }

    @Test
    void missingOrOddClaimsMapToNothing() {
        ClaimMapping mapping = mapping(null, Map.of("managers", Set.of(Role.PROGRAMME_MANAGER)), null, null, null);
        assertThat(mapping.map(Map.of()).roles()).isEmpty();
        assertThat(mapping.map(Map.of("groups", 17)).roles()).isEmpty();
        assertThat(mapping.map(Map.of("groups", "managers")).roles()).containsExactly(Role.PROGRAMME_MANAGER);
    }

    @Test
    void aPatternWithoutAGroupForTheIdIsRefusedAtStart() {
        assertThatThrownBy(() -> mapping(null, null, null, "partnership-\\d+", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partnership-pattern");
    }
}
