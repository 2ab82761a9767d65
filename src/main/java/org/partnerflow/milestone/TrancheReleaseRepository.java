package org.partnerflow.milestone;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrancheReleaseRepository extends JpaRepository<TrancheRelease, Long> {
    Optional<TrancheRelease> findFirstByTrancheIdAndDecisionIsNullOrderByProposedAtDesc(Long trancheId);

    List<TrancheRelease> findByTrancheIdOrderByProposedAt(Long trancheId);
}
