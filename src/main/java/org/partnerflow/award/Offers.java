package org.partnerflow.award;

import static org.partnerflow.award.AwardChanges.entry;

import java.time.Clock;
import java.util.List;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.programme.Programmes;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer of an approved award: made against the programme's budget, answered by the partnership, or withdrawn
 * (declined or not accepted in time), its amount then going back to the budget.
 */
@Service
public class Offers {

    private final AwardRepository repository;
    private final Programmes programmes;
    private final AwardPlans plans;
    private final AwardProperties properties;
    private final Clock clock;
    private final AuditTrail audit;
    private final Notifier notifier;
    /** The words of the mail subjects (i18n/mail.properties). */
    private final Formats formats;

    Offers(AwardRepository repository, Programmes programmes, AwardPlans plans, AwardProperties properties,
            Clock clock, AuditTrail audit, Notifier notifier, Formats formats) {
        this.repository = repository;
        this.programmes = programmes;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
        this.notifier = notifier;
        this.formats = formats;
    }

    /** Commits the awarded amount against the programme's budget (row-locked) and opens the offer. */
    @Transactional
    public void makeOffer(long awardId) {
        Award award = repository.require(awardId);
        programmes.commitAward(award.getProgramme().getId(), award.getId(), award.getAmountAwarded(), "amountAwarded");
        AwardStatus before = award.getStatus();
        award.offer(clock.instant().plus(properties.offerAcceptancePeriod()));
        audit.record(entry(award, "OFFER_MADE", "Offered " + org.partnerflow.shared.Money.format(award.getAmountAwarded())
                + ", open until " + award.getOfferExpiresAt(), before));
        List<java.math.BigDecimal> tranches = plans.tranches(List.of(awardId)).getOrDefault(awardId, List.of())
                .stream().map(AwardPlans.PlannedTranche::amount).toList();
        notifier.send(AwardNotices.offerMade(award, tranches, formats));
    }

    @Transactional
    public void answerOffer(long awardId, String partner, boolean accepted) {
        Award award = repository.require(awardId);
        award.answer(partner, clock.instant());
        audit.record(entry(award, accepted ? "OFFER_ACCEPTED" : "OFFER_DECLINED",
                accepted ? "Offer accepted" : "Offer declined", null).by(partner));
    }

    /** An offer declined or not accepted in time: its amount goes back to the programme's budget. */
    @Transactional
    public void withdrawOffer(long awardId) {
        Award award = repository.require(awardId);
        AwardStatus before = award.getStatus();
        award.withdraw();
        audit.record(entry(award, "OFFER_WITHDRAWN", "Offer withdrawn: declined or not accepted in time", before));
        programmes.releaseAward(award.getProgramme().getId(), award.getId(), award.getAmountAwarded());
    }
}
