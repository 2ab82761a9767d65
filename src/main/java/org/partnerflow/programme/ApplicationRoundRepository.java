package org.partnerflow.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRoundRepository extends JpaRepository<ApplicationRound, Long> {

    List<ApplicationRound> findByProgrammeIdOrderByOpensOnAscIdAsc(long programmeId);
}
