package org.partnerflow.programme;

import java.time.Instant;
import java.util.Objects;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.shared.DomainRuleViolation;

/**
 * The rules of a programme's open-data settings: a programme is published only with its funder's grant id prefix,
 * and once it has been published the prefix never changes, so a grant id that went public stays the same.
 */
final class OpenDataRules {

    private OpenDataRules() {
    }

    /** The settings after the change (the same object when nothing changes); broken rules go to the collector. */
    static OpenDataSettings next(OpenDataSettings now, ProgrammeChange.OpenData change, Instant at,
            DomainRuleViolation.Collector rules) {
        if (change == null) {
            return now;
        }
        boolean publish = change.publish() == null ? now.isPublish() : change.publish();
        String prefix = change.grantIdPrefix() == null ? now.getGrantIdPrefix() : change.grantIdPrefix().trim();
        boolean prefixChanges = !Objects.equals(prefix, now.getGrantIdPrefix());
        rules.check(!(prefixChanges && now.getFirstPublishedAt() != null), "openData.grantIdPrefix",
                "cannot change once the programme's grants have been published (" + now.getGrantIdPrefix()
                        + "): published grant ids must stay the same");
        rules.check(!publish || (prefix != null && !prefix.isBlank()), "openData.grantIdPrefix",
                "is required to publish: the funder's registered 360Giving prefix, such as 360G-blf");
        if (publish == now.isPublish() && !prefixChanges) {
            return now;
        }
        Instant first = now.getFirstPublishedAt() == null && publish ? at : now.getFirstPublishedAt();
        return new OpenDataSettings(publish, prefix, first, at);
    }

    /** Applies new settings and records them in the audit entry; true when anything changed. */
    static boolean apply(Programme programme, OpenDataSettings next, AuditEntry entry) {
        OpenDataSettings now = programme.getOpenData();
        if (next == now) {
            return false;
        }
        if (next.isPublish() != now.isPublish()) {
            entry.change("openData.publish", now.isPublish(), next.isPublish());
        }
        if (!Objects.equals(next.getGrantIdPrefix(), now.getGrantIdPrefix())) {
            entry.change("openData.grantIdPrefix", now.getGrantIdPrefix(), next.getGrantIdPrefix());
        }
        programme.changeOpenData(next);
        return true;
    }
}
