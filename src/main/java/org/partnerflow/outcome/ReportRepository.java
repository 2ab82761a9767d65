package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored report rows. */
interface ReportRepository extends JpaRepository<OutcomeReport, Long> {
    Optional<OutcomeReport> findByAwardIdAndPeriodEnd(long awardId, LocalDate periodEnd);

    List<OutcomeReport> findByPartnershipIdOrderByPeriodEnd(long partnershipId);

    List<OutcomeReport> findByPartnershipIdInAndStatusNotOrderByDueOn(Collection<Long> partnershipIds,
            OutcomeReport.Status status);
}
