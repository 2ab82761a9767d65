package org.partnerflow.casestudy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStudyUpdateRepository extends JpaRepository<CaseStudyUpdate, Long> {

    List<CaseStudyUpdate> findByCaseStudyIdOrderById(long caseStudyId);
}
