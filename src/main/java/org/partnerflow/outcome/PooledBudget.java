package org.partnerflow.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's whole pot: the grant beside each member organisation's committed and actual contributions.
 * The grant is the current award's amount (the newest award that is offered, active or closed).
 */
@Service
public class PooledBudget {

    /** The award whose grant counts in the pot: offered or accepted, whatever happened to it since. */
    private static final java.util.Set<AwardStatus> COUNTED = java.util.EnumSet.of(AwardStatus.OFFERED,
            AwardStatus.ACTIVE, AwardStatus.SUSPENDED, AwardStatus.CLOSED, AwardStatus.TERMINATED);

    private final ContributionRepository contributions;
    private final Partnerships partnerships;
    private final AwardQueries awards;
    private final Indicators indicators;

    PooledBudget(ContributionRepository contributions, Partnerships partnerships, AwardQueries awards, Indicators indicators) {
        this.contributions = contributions;
        this.partnerships = partnerships;
        this.awards = awards;
        this.indicators = indicators;
    }

    /** A contribution as the API shows it. */
    public record ContributionView(Long id, OrganisationRef organisation, String kind, String description,
            BigDecimal committed, BigDecimal contributed, int fromYear, int toYear) {
    }

    /** The organisation that contributes. */
    public record OrganisationRef(Long id, String name) {
    }

    /** Grant plus contributions: what each put in, and the totals. */
    public record Pot(String awardReference, BigDecimal grant, BigDecimal committedCash, BigDecimal committedInKind,
            BigDecimal committed, BigDecimal contributed, BigDecimal wholePot, List<ContributionView> contributions) {
    }

    @Transactional(readOnly = true)
    public List<ContributionView> forPartnership(long partnershipId, PartnerflowUser user) {
        PartnershipView partnership = partnerships.get(partnershipId, user);
        Map<Long, OrganisationView> members = members(partnership);
        return contributions.findByPartnershipIdOrderById(partnershipId).stream().map(c -> new ContributionView(c.getId(),
                new OrganisationRef(c.getOrganisationId(), members.containsKey(c.getOrganisationId())
                        ? members.get(c.getOrganisationId()).name() : null),
                c.getKind().name(), c.getDescription(), c.getCommitted(), c.getContributed(), c.getFromYear(),
                c.getToYear())).toList();
    }

    @Transactional(readOnly = true)
    public Pot pot(long partnershipId, PartnerflowUser user) {
        List<ContributionView> list = forPartnership(partnershipId, user);
        AwardView award = awards.visibleTo(user, null, partnershipId, null).stream()
                .filter(a -> COUNTED.contains(a.status()))
                .max(java.util.Comparator.comparing(AwardView::id)).orElse(null);
        BigDecimal grant = award == null || award.amountAwarded() == null ? BigDecimal.ZERO.setScale(2) : award.amountAwarded();
        BigDecimal cash = sum(list, "CASH", ContributionView::committed);
        BigDecimal inKind = sum(list, "IN_KIND", ContributionView::committed);
        BigDecimal contributed = sum(list, null, ContributionView::contributed);
        return new Pot(award == null ? null : award.reference(), grant, cash, inKind, cash.add(inKind), contributed,
                grant.add(cash).add(inKind), list);
    }

    @Transactional
    public ContributionView record(long partnershipId, ContributionRequest request, PartnerflowUser user) {
        indicators.mayChange(partnershipId, user);
        PartnershipView partnership = partnerships.get(partnershipId, user);
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(members(partnership).containsKey(request.organisationId()), "organisationId",
                "must be a member organisation of the partnership");
        errors.check(request.fromYear() <= request.toYear(), "toYear", "must not be before fromYear");
        errors.throwIfAny();
        Contribution saved = contributions.save(new Contribution(partnershipId, request.organisationId(),
                Contribution.Kind.valueOf(request.kind().name()), request.description(), request.committed(),
                request.contributed() == null ? BigDecimal.ZERO.setScale(2) : request.contributed(),
                request.fromYear(), request.toYear()));
        return forPartnership(partnershipId, user).stream().filter(c -> c.id().equals(saved.getId())).findFirst().orElseThrow();
    }

    private static Map<Long, OrganisationView> members(PartnershipView partnership) {
        return partnership.members().stream().map(PartnershipView.MemberView::organisation)
                .collect(Collectors.toMap(OrganisationView::id, Function.identity(), (a, b) -> a));
    }

    private static BigDecimal sum(List<ContributionView> list, String kind, Function<ContributionView, BigDecimal> amount) {
        return list.stream().filter(c -> kind == null || c.kind().equals(kind)).map(amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
