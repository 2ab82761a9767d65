package org.partnerflow.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningReviewRepository extends JpaRepository<LearningReview, Long> {

    Optional<LearningReview> findByAwardIdAndDueOn(Long awardId, LocalDate dueOn);

    List<LearningReview> findByPartnershipIdOrderByDueOn(Long partnershipId);

    List<LearningReview> findByAwardIdOrderByDueOn(Long awardId);

    List<LearningReview> findByPartnershipIdInAndStatusOrderByDueOn(Collection<Long> partnershipIds,
            LearningReviewStatus status);

    @Query("""
            select new org.partnerflow.learning.LearningReviewDate(r.id, r.awardId, r.partnershipId, r.dueOn, r.status,
                r.signedOffOn)
            from LearningReview r where r.partnershipId in :partnershipIds order by r.dueOn, r.id""")
    List<LearningReviewDate> findDatesByPartnershipIds(Collection<Long> partnershipIds);

    @Query("""
            select r from LearningReview r
            where r.status = org.partnerflow.learning.LearningReviewStatus.SIGNED_OFF
              and (lower(r.wentWell) like :text or lower(r.challengesOvercome) like :text or lower(r.results) like :text
                   or lower(r.whatMadeTheDifference) like :text or lower(r.reflections) like :text)
            order by r.dueOn desc""")
    List<LearningReview> searchSignedOff(String text);
}
