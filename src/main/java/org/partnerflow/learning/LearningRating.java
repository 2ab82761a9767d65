package org.partnerflow.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A 1-5 rating of one characteristic of collaboration, with the partnership's comment. */
@Embeddable
public record LearningRating(@Column(nullable = false) String characteristic, @Column(nullable = false) int score,
        @Column(name = "comment") String comment) {
}
