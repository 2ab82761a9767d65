package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored value rows. */
interface ValueRepository extends JpaRepository<OutcomeValue, Long> {
    List<OutcomeValue> findByReportIdOrderById(long reportId);

    List<OutcomeValue> findByIndicatorIdOrderByPeriodEnd(long indicatorId);

    @Query("select v from OutcomeValue v where v.indicatorId in ?1 and v.status = org.partnerflow.outcome.OutcomeValue.Status.APPROVED order by v.periodEnd")
    List<OutcomeValue> approvedFor(Collection<Long> indicatorIds);
}
