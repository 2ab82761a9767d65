package org.partnerflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A user's read scope is what decides what they may read: all staff share one, whoever they are, and anyone else's
 * is their partnerships. Read models keyed on it (the portfolio) give one answer to every member of staff and never
 * a staff answer to a partner.
 */
class ReadScopeTest {

    private static PartnerflowUser user(String username, Set<Role> roles, Set<Long> partnerships) {
        return new PartnerflowUser(1L, username, username, "{noop}x", true, roles, partnerships);
    }

    @Test
    void everyMemberOfStaffReadsTheSame() {
        Object funder = user("funder", Set.of(Role.FUNDER), Set.of()).readScope();
        assertThat(user("another.funder", Set.of(Role.FUNDER), Set.of()).readScope()).isEqualTo(funder);
        assertThat(user("manager", Set.of(Role.PROGRAMME_MANAGER), Set.of()).readScope()).isEqualTo(funder);
        assertThat(user("manager.and.partner", Set.of(Role.PROGRAMME_MANAGER, Role.PARTNER), Set.of(3L)).readScope())
                .as("staff read every partnership, their own among them").isEqualTo(funder);
    }

    @Test
    void aPartnerReadsOnlyTheirPartnerships() {
        Object staff = user("funder", Set.of(Role.FUNDER), Set.of()).readScope();
        Object coventry = user("partner.coventry", Set.of(Role.PARTNER), Set.of(3L)).readScope();
        assertThat(coventry).isNotEqualTo(staff);
        assertThat(user("another.partner.coventry", Set.of(Role.PARTNER), Set.of(3L)).readScope()).isEqualTo(coventry);
        assertThat(user("partner.leeds", Set.of(Role.PARTNER), Set.of(4L)).readScope()).isNotEqualTo(coventry);
        assertThat(user("no.partnership", Set.of(Role.PARTNER), Set.of()).readScope()).isNotEqualTo(staff)
                .isNotEqualTo(coventry);
    }

    @Test
    void theAccessKeyStillTellsUsersApart() {
        assertThat(user("funder", Set.of(Role.FUNDER), Set.of()).accessKey())
                .as("task lists and dashboards with someone's own work key on who asks")
                .isNotEqualTo(user("another.funder", Set.of(Role.FUNDER), Set.of()).accessKey());
    }
}
