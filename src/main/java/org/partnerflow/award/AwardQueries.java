package org.partnerflow.award;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.partnerflow.milestone.AwardPlans;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.NotFoundException;
import org.partnerflow.shared.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads awards as the user may see them: lists (paged or not), the awards of some partnerships or ending soon, and
 * one award with its plan; a partner of another partnership gets 404. The steps of grantAward are in
 * {@link Proposals}, {@link PanelDecisions}, {@link Offers} and {@link CloseOut}.
 */
@Service
public class AwardQueries {

    private final AwardRepository repository;
    private final SpendReturnRepository spend;
    private final AwardPlans plans;

    AwardQueries(AwardRepository repository, SpendReturnRepository spend, AwardPlans plans) {
        this.repository = repository;
        this.spend = spend;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public List<AwardView> visibleTo(PartnerflowUser user, Long programmeId, Long partnershipId, AwardStatus status) {
        return search(user, programmeId, partnershipId, status, org.springframework.data.domain.Pageable.unpaged())
                .stream().map(AwardView::of).toList();
    }

    /** One page of the awards the user may see (pages from 0, newest first), and how many there are in all. */
    public record AwardPage(List<AwardView> awards, long total) {
    }

    @Transactional(readOnly = true)
    public AwardPage visibleTo(PartnerflowUser user, Long programmeId, Long partnershipId, AwardStatus status, int page,
            int size) {
        Paging.check(page, size);
        var found = search(user, programmeId, partnershipId, status,
                org.springframework.data.domain.PageRequest.of(page, size));
        return new AwardPage(found.getContent().stream().map(AwardView::of).toList(), found.getTotalElements());
    }

    /** Unpaged, Spring Data runs only the select; a page also counts, unless a short first page makes that moot. */
    private org.springframework.data.domain.Page<Award> search(PartnerflowUser user, Long programmeId,
            Long partnershipId, AwardStatus status, org.springframework.data.domain.Pageable page) {
        Set<Long> own = user.partnershipIds().isEmpty() ? Set.of(-1L) : user.partnershipIds();
        return repository.search(programmeId, partnershipId, status, user.isStaff(), own, page);
    }

    /**
     * The awards in the given statuses of some partnerships, newest first, only those the user may read: one
     * statement for a page of a portfolio, however large the programme.
     */
    @Transactional(readOnly = true)
    public List<AwardView> ofPartnerships(PartnerflowUser user, Collection<Long> partnershipIds,
            Collection<AwardStatus> statuses) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        return repository.findByPartnershipsInStatus(partnershipIds, statuses).stream()
                .filter(a -> user.canRead(a.getPartnership().getId())).map(AwardView::of).toList();
    }

    /** The offers the user may read that wait for an answer, with their expiry: one statement. */
    @Transactional(readOnly = true)
    public List<OpenOffer> openOffers(PartnerflowUser user) {
        return search(user, null, null, AwardStatus.OFFERED, org.springframework.data.domain.Pageable.unpaged())
                .stream().filter(a -> a.getOfferExpiresAt() != null).map(OpenOffer::of).toList();
    }

    /** Active awards whose last day falls between two dates (inclusive), soonest first, of one programme or all. */
    @Transactional(readOnly = true)
    public List<AwardView> activeEndingBetween(PartnerflowUser user, Long programmeId, LocalDate from, LocalDate to) {
        return repository.findEnding(programmeId, AwardStatus.ACTIVE, from, to).stream()
                .filter(a -> user.canRead(a.getPartnership().getId())).map(AwardView::of).toList();
    }

    /** The awards with these ids that the user may read. */
    @Transactional(readOnly = true)
    public List<AwardView> byIds(PartnerflowUser user, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIdIn(ids).stream()
                .filter(a -> user.canRead(a.getPartnership().getId())).map(AwardView::of).toList();
    }

    /** One award with its plan; 404 for a partner of another partnership. */
    @Transactional(readOnly = true)
    public AwardDetail get(long id, PartnerflowUser user) {
        Award award = require(id);
        if (!user.canRead(award.getPartnership().getId())) {
            throw new NotFoundException("Award", id);
        }
        return AssessorAnonymity.asSeenBy(detailOf(award), user);
    }

    /** For task forms, whose access the task list has checked already. */
    @Transactional(readOnly = true)
    public AwardDetail detail(long id) {
        return detailOf(require(id));
    }

    @Transactional(readOnly = true)
    public ProgrammeTerms termsFor(long awardId) {
        return ProgrammeTerms.of(require(awardId).getProgramme());
    }

    /** When the award's learning reviews fall due on its programme's cadence, up to a last day (a new end date). */
    @Transactional(readOnly = true)
    public List<LocalDate> learningReviewDates(long awardId, LocalDate lastDay) {
        Award award = require(awardId);
        return LearningCadence.dueDates(award.getStartDate(), lastDay,
                award.getProgramme().getLearningReviewCadenceMonths());
    }

    private Award require(long id) {
        return repository.require(id);
    }

    private AwardDetail detailOf(Award award) {
        List<Long> id = List.of(award.getId());
        return AwardDetail.of(award, spend.findByAwardIdOrderByYear(award.getId()),
                plans.milestones(id).getOrDefault(award.getId(), List.of()),
                plans.tranches(id).getOrDefault(award.getId(), List.of()));
    }
}
