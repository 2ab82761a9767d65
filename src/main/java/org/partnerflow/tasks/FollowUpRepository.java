package org.partnerflow.tasks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored follow-ups of every kind. */
interface FollowUpRepository extends JpaRepository<FollowUp, Long> {
    List<FollowUp> findByKindAndSubjectIdOrderByRecordedAtAscIdAsc(FollowUp.Kind kind, long subjectId);
}
