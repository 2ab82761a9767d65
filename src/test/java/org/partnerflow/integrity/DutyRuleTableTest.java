package org.partnerflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partnerflow.security.Role;

/**
 * The separation-of-duties table against an oracle written out here, for every duty, every combination of roles one
 * user can hold and every way they can be involved: the rules look at what the user did or belongs to, never at which
 * roles let them be offered the task, so holding several roles (ASSESSOR and FUNDER, PARTNER and ASSESSOR) never
 * opens a way round them.
 */
class DutyRuleTableTest {

    enum Involvement { MEMBER, DECLARED_INTEREST, ASSESSED, DRAFTED, REQUESTED_VARIATION, RECOMMENDED_VARIATION }

    @Property(tries = 2000)
    void aDutyIsRefusedExactlyWhenTheTableSaysSo(@ForAll("roles") Set<Role> roles, @ForAll Duty duty,
            @ForAll("involvements") Set<Involvement> involvement) {
        Set<DutyRule> involving = EnumSet.noneOf(DutyRule.class);
        if (involvement.contains(Involvement.MEMBER) || involvement.contains(Involvement.DECLARED_INTEREST)) {
            involving.add(DutyRule.CONFLICT_OF_INTEREST);
        }
        if (involvement.contains(Involvement.ASSESSED)) {
            involving.add(DutyRule.ASSESSOR_DECIDES);
        }
        if (involvement.contains(Involvement.DRAFTED)) {
            involving.add(DutyRule.DRAFTER_APPROVES);
        }
        if (involvement.contains(Involvement.REQUESTED_VARIATION)) {
            involving.add(DutyRule.REQUESTER_ASSESSES);
        }
        if (involvement.contains(Involvement.REQUESTED_VARIATION)
                || involvement.contains(Involvement.RECOMMENDED_VARIATION)) {
            involving.add(DutyRule.REQUESTER_OR_RECOMMENDER_APPROVES);
        }

        Optional<DutyRule> broken = DutyRule.broken(duty, involving);

        assertThat(broken).as("%s doing %s while %s", roles, duty, involvement).isEqualTo(expected(duty, involvement));
        broken.ifPresent(rule -> assertThat(rule.message()).contains(rule.code()));
    }

    @Property(tries = 200)
    void everyDutyIsATaskKeyAndBackAgain(@ForAll Duty duty) {
        assertThat(Duty.ofTask(duty.taskKey())).contains(duty);
        assertThat(Duty.ofTask("submitProposal")).isEmpty();
    }

    /** The oracle: the rules of API.md's Assessment integrity, written out. */
    private static Optional<DutyRule> expected(Duty duty, Set<Involvement> involvement) {
        boolean conflicted = involvement.contains(Involvement.MEMBER)
                || involvement.contains(Involvement.DECLARED_INTEREST);
        boolean partnershipDuty = switch (duty) {
            case ASSESS, DECIDE, REVIEW_EVIDENCE, PROPOSE_RELEASE, APPROVE_RELEASE, ASSESS_VARIATION, APPROVE_VARIATION ->
                    true;
            case APPROVE_CASE_STUDY -> false;
        };
        if (partnershipDuty && conflicted) {
            return Optional.of(DutyRule.CONFLICT_OF_INTEREST);
        }
        if (duty == Duty.DECIDE && involvement.contains(Involvement.ASSESSED)) {
            return Optional.of(DutyRule.ASSESSOR_DECIDES);
        }
        if (duty == Duty.APPROVE_CASE_STUDY && involvement.contains(Involvement.DRAFTED)) {
            return Optional.of(DutyRule.DRAFTER_APPROVES);
        }
        if (duty == Duty.ASSESS_VARIATION && involvement.contains(Involvement.REQUESTED_VARIATION)) {
            return Optional.of(DutyRule.REQUESTER_ASSESSES);
        }
        if (duty == Duty.APPROVE_VARIATION && (involvement.contains(Involvement.REQUESTED_VARIATION)
                || involvement.contains(Involvement.RECOMMENDED_VARIATION))) {
            return Optional.of(DutyRule.REQUESTER_OR_RECOMMENDER_APPROVES);
        }
        return Optional.empty();
    }

    @Provide
    Arbitrary<Set<Role>> roles() {
        return Arbitraries.of(Role.class).set().ofMinSize(1);
    }

    @Provide
    Arbitrary<Set<Involvement>> involvements() {
        return Arbitraries.of(Involvement.class).set();
    }
}
