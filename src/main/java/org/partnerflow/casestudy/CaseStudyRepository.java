package org.partnerflow.casestudy;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    Optional<CaseStudy> findBySlug(String slug);

    Optional<CaseStudy> findByPartnershipId(long partnershipId);

    boolean existsBySlug(String slug);

    /** Publishing locks the case study row, so two publications never compute the same next number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseStudy c where c.id = :id")
    Optional<CaseStudy> lockById(long id);

    @Query("""
            select new org.partnerflow.casestudy.CaseStudySummary(c.slug, c.partnershipId, c.title, v.number, v.publishedOn)
            from CaseStudy c, CaseStudyVersion v
            where v.caseStudyId = c.id and c.partnershipId in :partnershipIds
              and v.number = (select max(w.number) from CaseStudyVersion w where w.caseStudyId = c.id)""")
    List<CaseStudySummary> findPublishedOf(java.util.Collection<Long> partnershipIds);

    @Query("select c from CaseStudy c where exists (select v from CaseStudyVersion v where v.caseStudyId = c.id) order by c.title")
    List<CaseStudy> findPublished();
}
