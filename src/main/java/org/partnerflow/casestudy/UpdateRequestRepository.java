package org.partnerflow.casestudy;

import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateRequestRepository extends JpaRepository<UpdateRequest, Long> {
}
