package org.partnerflow.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceReviewRepository extends JpaRepository<EvidenceReview, Long> {
    List<EvidenceReview> findByMilestoneIdOrderByReviewedAt(Long milestoneId);
}
