package org.partnerflow.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface OverdueReviewFollowUpRepository extends JpaRepository<OverdueReviewFollowUp, Long> {
}
