package org.partnerflow.variation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VariationDecisionRepository extends JpaRepository<VariationDecision, Long> {

    List<VariationDecision> findByVariationIdInOrderByDecidedAtAscIdAsc(Collection<Long> variationIds);
}
