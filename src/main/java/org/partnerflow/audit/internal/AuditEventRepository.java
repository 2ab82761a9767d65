package org.partnerflow.audit.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete is offered. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    Page<AuditEvent> findByAwardIdOrderByOccurredAtDescIdDesc(Long awardId, Pageable page);

    List<AuditEvent> findByPartnershipIdOrderByOccurredAtDescIdDesc(Long partnershipId);

    long countByAwardId(Long awardId);
}
