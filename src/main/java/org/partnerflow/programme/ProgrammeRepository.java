package org.partnerflow.programme;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    boolean existsByCode(String code);

    @EntityGraph(attributePaths = "funder")
    List<Programme> findAllByOrderByTitle();

    @EntityGraph(attributePaths = "funder")
    List<Programme> findByIdInOrderByTitle(Collection<Long> ids);
}
