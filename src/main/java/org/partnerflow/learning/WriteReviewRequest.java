package org.partnerflow.learning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code writeLearningReview}: the four reflections and a 1-5 rating of each characteristic. */
public record WriteReviewRequest(
        @NotBlank @Size(max = 4000) String wentWell,
        @NotBlank @Size(max = 4000) String challengesOvercome,
        @NotBlank @Size(max = 4000) String results,
        @NotBlank @Size(max = 4000) String whatMadeTheDifference,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Rating> ratings) {

    /** One characteristic's rating. */
    public record Rating(@NotBlank @Size(max = 200) String characteristic, @NotNull @Min(1) @Max(5) Integer score,
            @Size(max = 2000) String comment) {
    }
}
