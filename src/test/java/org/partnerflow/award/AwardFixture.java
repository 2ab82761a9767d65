package org.partnerflow.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.partnerflow.organisation.OrganisationData;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.springframework.transaction.support.TransactionTemplate;

/** Programmes, partnerships, people and proposals for award tests, each unique so tests never meet. */
public final class AwardFixture {

    public static final LocalDate START = LocalDate.of(2027, 4, 1);

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final TransactionTemplate tx;

    public AwardFixture(Programmes programmes, Partnerships partnerships, TransactionTemplate tx) {
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.tx = tx;
    }

    /** A programme of £1,000,000 with a £450,000 cap over at most 36 months, requiring NHS, council and VCSE. */
    public ProgrammeView programme(String budget) {
        String code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return tx.execute(s -> programmes.create(new ProgrammeRequest(code, "Programme " + code, null,
                new OrganisationData("Fixture Fund", OrganisationType.FUNDER, "GB-CHC-" + digits(), null),
                new BigDecimal(budget), new BigDecimal("450000.00"), 36, 6,
                Set.of(OrganisationType.NHS_BODY, OrganisationType.LOCAL_AUTHORITY, OrganisationType.VCSE))));
    }

    /** A partnership with an NHS body, a council and (unless {@code withVcse} is false) a charity lead. */
    public PartnershipView partnership(long programmeId, boolean withVcse) {
        OrganisationData lead = withVcse
                ? new OrganisationData("Fixture Charity", OrganisationType.VCSE, "GB-CHC-" + digits(), null)
                : new OrganisationData("Fixture Council", OrganisationType.LOCAL_AUTHORITY, "GB-LAE-X" + letters(), null);
        List<PartnershipRequest.Member> members = new ArrayList<>();
        members.add(new PartnershipRequest.Member(
                new OrganisationData("Fixture Trust", OrganisationType.NHS_BODY, "GB-NHS-R" + letters(), null), "Health partner"));
        members.add(new PartnershipRequest.Member(
                new OrganisationData("Fixture Borough", OrganisationType.LOCAL_AUTHORITY, "GB-LAE-Y" + letters(), null), "Council"));
        return tx.execute(s -> partnerships.create(new PartnershipRequest(programmeId, "Fixture partnership", "Fixtureton",
                null, lead, members, List.of("Residents lead"), List.of("Share learning"), List.of(), null)));
    }

    /** A 36-month proposal of the amount, paid in three equal-ish tranches at the end of each year. */
    public static ProposalRequest proposal(String amount) {
        BigDecimal total = new BigDecimal(amount);
        BigDecimal third = total.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
        BigDecimal last = total.subtract(third.multiply(BigDecimal.valueOf(2)));
        return new ProposalRequest("We will build resident-led groups and share what we learn.",
                List.of("Residents lead local groups"), List.of("Change how services are commissioned"),
                List.of("Community hubs"), total, START, 36,
                List.of(new ProposalRequest.BudgetYear(1, third), new ProposalRequest.BudgetYear(2, third),
                        new ProposalRequest.BudgetYear(3, last)),
                List.of(milestone("Hubs open", START.plusMonths(11), third),
                        milestone("Groups running", START.plusMonths(23), third),
                        milestone("Learning shared", START.plusMonths(35), last)));
    }

    /** A proposal as the panel's rules read it: the amount requested and the tranche amounts in the plan's order. */
    public record Proposed(BigDecimal requested, List<BigDecimal> planned) {

        public static Proposed of(ProposalRequest proposal) {
            return new Proposed(proposal.amountRequested().setScale(2), proposal.milestones().stream()
                    .sorted(java.util.Comparator.comparing(ProposalRequest.MilestonePlan::dueDate))
                    .map(m -> m.trancheAmount().setScale(2)).toList());
        }
    }

    public static ProposalRequest.MilestonePlan milestone(String title, LocalDate due, BigDecimal tranche) {
        return new ProposalRequest.MilestonePlan(title, due, "A short report with photographs", tranche);
    }

    public static PartnerflowUser partner(long partnershipId) {
        return new PartnerflowUser(1000L + partnershipId, "partner." + partnershipId, "Partner", "", true,
                EnumSet.of(Role.PARTNER), Set.of(partnershipId));
    }

    public static PartnerflowUser staff(String username, Role role) {
        return new PartnerflowUser(2000L + username.hashCode() % 1000, username, username, "", true,
                EnumSet.of(role), Set.of());
    }

    private static String digits() {
        return String.valueOf(1_000_000 + (int) (Math.random() * 8_999_999));
    }

    private static String letters() {
        return Long.toString(46_656L + (long) (Math.random() * 1_600_000_000L), 36).toUpperCase();
    }
}
