package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored indicator rows. */
interface IndicatorRepository extends JpaRepository<Indicator, Long> {
    List<Indicator> findByPartnershipIdOrderById(long partnershipId);

    List<Indicator> findByPartnershipIdInOrderById(Collection<Long> partnershipIds);
}
