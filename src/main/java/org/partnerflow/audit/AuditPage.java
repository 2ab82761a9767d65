package org.partnerflow.audit;

import java.util.List;

/** One page of an audit trail, newest first, with the total number of events. */
public record AuditPage(List<AuditEventView> items, int page, int size, long totalItems) {
}
