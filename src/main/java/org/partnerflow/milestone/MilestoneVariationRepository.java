package org.partnerflow.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneVariationRepository extends JpaRepository<MilestoneVariation, Long> {
    List<MilestoneVariation> findByMilestoneIdOrderByVariedAt(Long milestoneId);
}
