package org.partnerflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.audit.internal.AuditEvent;
import org.partnerflow.audit.internal.AuditEventRepository;
import org.partnerflow.audit.internal.AuditWriter;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records state changes in the transaction that makes them, and reads an award's trail. Recording outside a
 * transaction is refused (MANDATORY), so an event is committed with its change or rolled back with it; a
 * transaction's events are written together just before it commits (AuditWriter), so they are not visible to
 * reads inside the transaction that records them.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM = "system";
    public static final int MAX_PAGE_SIZE = 200;
    private static final TypeReference<LinkedHashMap<String, AuditEntry.Change>> CHANGES = new TypeReference<>() {
    };

    private final AuditEventRepository events;
    private final AuditWriter writer;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, AuditWriter writer, ObjectMapper json, Clock clock) {
        this.events = events;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        String actor = entry.actor() != null && !entry.actor().isBlank() ? entry.actor() : currentActor();
        writer.add(new AuditEvent(clock.instant(), actor, entry.awardId(), entry.partnershipId(),
                entry.subject().name(), entry.subjectId(), entry.action(), entry.summary(), entry.moneyField(),
                entry.amountBefore(), entry.amountAfter(), entry.changes().isEmpty() ? null : write(entry.changes())));
    }

    /** An award's events, newest first; callers check that the user may read the award. */
    @Transactional(readOnly = true)
    public AuditPage forAward(long awardId, int page, int size) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(page >= 0, "page", "must be 0 or more");
        errors.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE);
        errors.throwIfAny();
        Paging.check(page, size); // a page beyond the offsets a database takes
        var found = events.findByAwardIdOrderByOccurredAtDescIdDesc(awardId, PageRequest.of(page, size));
        return new AuditPage(found.getContent().stream().map(this::view).toList(), page, size, found.getTotalElements());
    }

    /**
     * The changes made to one subject (a programme, a partnership), newest first, each with the values before and
     * after; callers check that the user may read the subject.
     */
    @Transactional(readOnly = true)
    public AuditChanges changesOf(AuditSubject subject, long subjectId, int page, int size) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(page >= 0, "page", "must be 0 or more");
        errors.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE);
        errors.throwIfAny();
        Paging.check(page, size);
        var found = events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subject.name(),
                String.valueOf(subjectId), PageRequest.of(page, size));
        return new AuditChanges(found.getContent().stream().map(e -> AuditChanges.Item.of(view(e))).toList(), page,
                size, found.getTotalElements());
    }

    /** The signed-in user making the change, or system when a timer or the job executor runs it. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    private AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAwardId(), e.getPartnershipId(),
                AuditSubject.valueOf(e.getSubjectType()), e.getSubjectId(), e.getAction(), e.getSummary(),
                e.getMoneyField(), e.getAmountBefore(), e.getAmountAfter(), read(e.getDetails()));
    }

    private String write(Map<String, AuditEntry.Change> changes) {
        try {
            String text = json.writeValueAsString(changes);
            return text.length() <= 4000 ? text : json.writeValueAsString(Map.of("truncated", new AuditEntry.Change(null, null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not writable", e);
        }
    }

    private Map<String, AuditEntry.Change> read(String details) {
        if (details == null) {
            return Map.of();
        }
        try {
            return json.readValue(details, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not readable", e);
        }
    }
}
