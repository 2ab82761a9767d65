package org.partnerflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByOrgId(String orgId);

    /** Organisations whose name or org-id contains the text (lower case), by name. */
    @Query("""
            select o from Organisation o where lower(o.name) like :pattern escape '!' or lower(o.orgId) like :pattern escape '!'
            order by o.name, o.id""")
    List<Organisation> search(String pattern, Pageable page);
}
