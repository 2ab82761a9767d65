package org.partnerflow.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceSubmissionRepository extends JpaRepository<EvidenceSubmission, Long> {
    List<EvidenceSubmission> findByMilestoneIdOrderByRound(Long milestoneId);
}
