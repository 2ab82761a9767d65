package org.partnerflow.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisbursementRepository extends JpaRepository<Disbursement, Long> {
    boolean existsByTrancheId(Long trancheId);

    List<Disbursement> findByAwardIdOrderByReleasedOn(Long awardId);
}
