package org.partnerflow.learning;

import java.time.LocalDate;

/** When a learning review falls due and where it stands, without its text: what schedules and home pages show. */
public record LearningReviewDate(Long id, Long awardId, Long partnershipId, LocalDate dueOn,
        LearningReviewStatus status, LocalDate signedOffOn) {
}
