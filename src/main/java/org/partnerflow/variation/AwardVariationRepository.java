package org.partnerflow.variation;

import java.util.List;
import org.partnerflow.shared.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardVariationRepository extends JpaRepository<AwardVariation, Long> {

    List<AwardVariation> findByAwardIdOrderByRequestedAtDescIdDesc(long awardId);

    boolean existsByOpenAwardId(long awardId);

    java.util.Optional<AwardVariation> findByOpenAwardId(long awardId);

    default AwardVariation require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Variation", id));
    }
}
