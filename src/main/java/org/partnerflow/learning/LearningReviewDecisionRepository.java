package org.partnerflow.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningReviewDecisionRepository extends JpaRepository<LearningReviewDecision, Long> {

    List<LearningReviewDecision> findByReviewIdOrderByDecidedAt(Long reviewId);
}
