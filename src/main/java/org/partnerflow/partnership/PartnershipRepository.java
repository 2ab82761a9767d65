package org.partnerflow.partnership;

import java.util.Collection;
import java.util.List;
import org.partnerflow.organisation.Organisation;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Partnerships. List queries fetch the programme and lead organisation in the same select; members and
 * aims load in batches (hibernate.default_batch_fetch_size), so a list costs a fixed number of queries.
 */
interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @EntityGraph(attributePaths = {"programme", "leadOrganisation"})
    @Query("select p from Partnership p order by p.programme.title, p.place")
    List<Partnership> findAllOrdered();

    @EntityGraph(attributePaths = {"programme", "leadOrganisation"})
    @Query("select p from Partnership p where p.programme.id = :programmeId order by p.place")
    List<Partnership> findByProgramme(Long programmeId);

    @EntityGraph(attributePaths = {"programme", "leadOrganisation"})
    @Query("select p from Partnership p where p.id in :ids order by p.programme.title, p.place")
    List<Partnership> findByIds(Collection<Long> ids);

    @Query("select p.id, p.name from Partnership p order by p.programme.title, p.place")
    List<Object[]> findAllNames();

    @Query("""
            select p.id, p.name from Partnership p where (:programmeId is null or p.programme.id = :programmeId)
            order by p.programme.title, p.place""")
    List<Object[]> findNames(Long programmeId);

    @Query("select p.id, p.name from Partnership p where p.programme.id = :programmeId order by p.place, p.id")
    List<Object[]> findNamePage(Long programmeId, org.springframework.data.domain.Pageable page);

    long countByProgrammeId(Long programmeId);

    @Query("select p.id, p.name from Partnership p where p.id in :ids")
    List<Object[]> findNamesOf(Collection<Long> ids);

    @Query("""
            select p.id from Partnership p where (:programmeId is null or p.programme.id = :programmeId)
            order by p.programme.title, p.place, p.id""")
    List<Long> findIdPage(Long programmeId, org.springframework.data.domain.Pageable page);

    @Query("select count(p) from Partnership p where (:programmeId is null or p.programme.id = :programmeId)")
    long countIn(Long programmeId);

    /** The member organisations of some partnerships, into the persistence context (see the method below). */
    @Query("""
            select o from Organisation o where o.id in (
                select m.organisation.id from PartnershipMember m where m.partnership.id in :ids)""")
    List<Organisation> preloadMemberOrganisationsOf(Collection<Long> ids);

    @Query("select p.id from Partnership p where p.id in :ids")
    List<Long> findExistingIds(Collection<Long> ids);

    /**
     * Loads, in one statement, every organisation that is a member of a partnership (of one programme, or of all
     * when null), so that a list of partnerships resolves its members' organisations without further statements.
     */
    @Query("""
            select o from Organisation o where o.id in (
                select m.organisation.id from PartnershipMember m
                where (:programmeId is null or m.partnership.programme.id = :programmeId))""")
    List<Organisation> preloadMemberOrganisations(Long programmeId);

    @Query("select distinct p.programme.id from Partnership p where p.id in :ids")
    List<Long> findProgrammeIds(Collection<Long> ids);
}
