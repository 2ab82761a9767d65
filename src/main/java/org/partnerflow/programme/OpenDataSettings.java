package org.partnerflow.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A programme's open-data settings: published or not, the funder's registered 360Giving grant id prefix, when the
 * programme was first published (from then on the prefix is fixed, so grant ids once public stay the same) and
 * when these settings last changed. Immutable: a change replaces the whole value.
 */
@Embeddable
public class OpenDataSettings {

    @Column(name = "open_data_publish", nullable = false)
    private boolean publish;

    @Column(name = "grant_id_prefix")
    private String grantIdPrefix;

    @Column(name = "open_data_first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "open_data_changed_at")
    private Instant changedAt;

    protected OpenDataSettings() {
    }

    OpenDataSettings(boolean publish, String grantIdPrefix, Instant firstPublishedAt, Instant changedAt) {
        this.publish = publish;
        this.grantIdPrefix = grantIdPrefix;
        this.firstPublishedAt = firstPublishedAt;
        this.changedAt = changedAt;
    }

    public boolean isPublish() {
        return publish;
    }

    public String getGrantIdPrefix() {
        return grantIdPrefix;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
