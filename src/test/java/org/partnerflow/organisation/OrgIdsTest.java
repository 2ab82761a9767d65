package org.partnerflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"GB-CHC-1234567", "GB-COH-01234567", "GB-NHS-RAX", "GB-LAE-GRE", "GB-PLA-NWP",
            "GB-MPR-30193R", "GB-GOR-PB188", "GB-SC-SC012345", "360G-HCT-1"})
    void registeredIdentifiersWithAKnownPrefixAreAccepted(String orgId) {
        assertThat(OrgIds.problem(orgId)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "XX-FOO-123|must start with a known org-id prefix",
            "GB-CHC|must start with a known org-id prefix",
            "GB-CHC-|must be the prefix GB-CHC followed by a hyphen and an identifier",
            "GB-CHC-12 34|must be the prefix GB-CHC followed by a hyphen and an identifier",
            "gb-chc-1234567|must start with a known org-id prefix",
            "'  '|must not be blank"})
    void malformedIdentifiersAreRefusedWithTheRuleInWords(String orgId, String rule) {
        assertThat(OrgIds.problem(orgId)).startsWith(rule);
    }
}
