package org.partnerflow.casestudy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Versions are appended and read, never updated or deleted: this repository deliberately offers no delete. */
interface CaseStudyVersionRepository extends Repository<CaseStudyVersion, Long> {

    CaseStudyVersion save(CaseStudyVersion version);

    List<CaseStudyVersion> findByCaseStudyIdOrderByNumber(long caseStudyId);

    Optional<CaseStudyVersion> findByCaseStudyIdAndNumber(long caseStudyId, int number);

    Optional<CaseStudyVersion> findFirstByCaseStudyIdOrderByNumberDesc(long caseStudyId);

    @Query("select coalesce(max(v.number), 0) from CaseStudyVersion v where v.caseStudyId = :caseStudyId")
    int latestNumber(long caseStudyId);

    @Query("select v from CaseStudyVersion v where v.number = (select max(w.number) from CaseStudyVersion w where w.caseStudyId = v.caseStudyId)")
    List<CaseStudyVersion> findLatestOfEach();
}
