package org.partnerflow.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored contribution rows. */
interface ContributionRepository extends JpaRepository<Contribution, Long> {
    List<Contribution> findByPartnershipIdOrderById(long partnershipId);

    boolean existsByPartnershipIdAndOrganisationId(long partnershipId, long organisationId);
}
