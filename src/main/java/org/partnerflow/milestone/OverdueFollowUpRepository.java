package org.partnerflow.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverdueFollowUpRepository extends JpaRepository<OverdueFollowUp, Long> {
    List<OverdueFollowUp> findByMilestoneIdOrderByRecordedAt(Long milestoneId);
}
