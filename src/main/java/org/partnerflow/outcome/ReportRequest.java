package org.partnerflow.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of reportOutcomes: each indicator's value at the period end, with a narrative and optional evidence. */
public record ReportRequest(@NotNull LocalDate periodEnd, @NotNull @Size(max = 60) List<@Valid @NotNull Value> values) {

    /** One indicator's value; no value for a qualitative (TEXT) indicator, whose narrative is the report. */
    public record Value(@NotNull Long indicatorId,
            @Digits(integer = 14, fraction = 2, message = "must be a number with at most two decimal places") BigDecimal value,
            @NotBlank @Size(max = 4000) String narrative,
            @Size(max = 2000) String evidence) {
    }
}
