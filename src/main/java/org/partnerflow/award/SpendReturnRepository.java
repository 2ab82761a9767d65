package org.partnerflow.award;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpendReturnRepository extends JpaRepository<SpendReturn, Long> {

    List<SpendReturn> findByAwardIdOrderByYear(Long awardId);

    Optional<SpendReturn> findByAwardIdAndYear(Long awardId, int year);
}
