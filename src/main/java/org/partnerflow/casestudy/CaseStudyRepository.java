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

    @Query("select c from CaseStudy c where exists (select v from CaseStudyVersion v where v.caseStudyId = c.id) order by c.title")
    List<CaseStudy> findPublished();
}
