package org.partnerflow.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code submitMilestoneEvidence}: what was done, and links to where it shows. */
public record EvidenceRequest(
        @NotBlank @Size(max = 10000) String narrative,
        @Size(max = 20) List<@NotBlank @Size(max = 2000)
                @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting http:// or https://")
                String> links) {
}
