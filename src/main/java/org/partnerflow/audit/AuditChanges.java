package org.partnerflow.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page of the changes made to a subject, newest first, each with the values before and after. */
public record AuditChanges(List<Item> items, int page, int size, long totalItems) {

    /** One change: who made it and when, what it was, and the fields it moved with their values before and after. */
    public record Item(Instant occurredAt, String actor, String action, String summary, Map<String, Object> before,
            Map<String, Object> after) {

        static Item of(AuditEventView event) {
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            if (event.moneyField() != null) {
                before.put(event.moneyField(), event.amountBefore());
                after.put(event.moneyField(), event.amountAfter());
            }
            event.changes().forEach((field, change) -> {
                before.put(field, change.before());
                after.put(field, change.after());
            });
            return new Item(event.occurredAt(), event.actor(), event.action(), event.summary(), before, after);
        }
    }
}
