package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored followup rows. */
interface FollowUpRepository extends JpaRepository<OutcomeFollowUp, Long> {
    List<OutcomeFollowUp> findByReportIdOrderByRecordedAt(long reportId);
}
