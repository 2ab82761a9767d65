package org.partnerflow.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Awards; lists fetch programme and partnership in the same select, collections load in batches. */
interface AwardRepository extends JpaRepository<Award, Long> {

    @EntityGraph(attributePaths = {"programme", "partnership"})
    @Query(value = """
            select a from Award a
            where (:programmeId is null or a.programme.id = :programmeId)
              and (:partnershipId is null or a.partnership.id = :partnershipId)
              and (:status is null or a.status = :status)
              and (:allPartnerships = true or a.partnership.id in :partnershipIds)
            order by a.id desc""", countQuery = """
            select count(a) from Award a
            where (:programmeId is null or a.programme.id = :programmeId)
              and (:partnershipId is null or a.partnership.id = :partnershipId)
              and (:status is null or a.status = :status)
              and (:allPartnerships = true or a.partnership.id in :partnershipIds)""")
    org.springframework.data.domain.Page<Award> search(Long programmeId, Long partnershipId, AwardStatus status,
            boolean allPartnerships, Collection<Long> partnershipIds, org.springframework.data.domain.Pageable page);

    @EntityGraph(attributePaths = {"programme", "partnership"})
    Optional<Award> findWithProgrammeById(Long id);

    @EntityGraph(attributePaths = {"programme", "partnership"})
    @Query("select a from Award a where a.partnership.id in :partnershipIds and a.status in :statuses order by a.id desc")
    List<Award> findByPartnershipsInStatus(Collection<Long> partnershipIds, Collection<AwardStatus> statuses);

    @EntityGraph(attributePaths = {"programme", "partnership"})
    @Query("""
            select a from Award a where a.status = :status and (:programmeId is null or a.programme.id = :programmeId)
              and a.period.endDate between :from and :to
            order by a.period.endDate, a.id""")
    List<Award> findEnding(Long programmeId, AwardStatus status, java.time.LocalDate from, java.time.LocalDate to);

    @EntityGraph(attributePaths = {"programme", "partnership"})
    List<Award> findByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = {"programme", "partnership"})
    List<Award> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    /** The award with its programme and partnership; 404 when there is none. */
    default Award require(long id) {
        return findWithProgrammeById(id).orElseThrow(() -> new org.partnerflow.shared.NotFoundException("Award", id));
    }

    @Query("select count(a) > 0 from Award a where a.partnership.id = :partnershipId and a.status in :statuses")
    boolean existsInStatus(Long partnershipId, Collection<AwardStatus> statuses);
}
