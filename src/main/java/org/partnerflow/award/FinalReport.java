package org.partnerflow.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The partnership's final report on an award, who submitted it and when. */
@Embeddable
public record FinalReport(
        @Column(name = "final_report") String text,
        @Column(name = "final_report_by") String submittedBy,
        @Column(name = "final_report_at") Instant submittedAt) {
}
