package org.partnerflow.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion a programme's proposals are assessed against: its name, the guidance assessors read, and its weight
 * (1 to 5) in the weighted score.
 */
@Embeddable
public record Criterion(@Column(nullable = false) String name, @Column(name = "guidance") String guidance,
        @Column(nullable = false) Integer weight) {

    /** One of the configured criteria a programme starts with: no guidance, weight 1. */
    static Criterion standard(String name) {
        return new Criterion(name, null, 1);
    }
}
