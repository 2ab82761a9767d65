package org.partnerflow.audit.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Reads only: AuditWriter appends (one batch per transaction); nothing updates or deletes. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    Page<AuditEvent> findByAwardIdOrderByOccurredAtDescIdDesc(Long awardId, Pageable page);

    List<AuditEvent> findByPartnershipIdOrderByOccurredAtDescIdDesc(Long partnershipId);

    long countByAwardId(Long awardId);

    Page<AuditEvent> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, String subjectId,
            Pageable page);
}
