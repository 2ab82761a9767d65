package org.partnerflow.milestone.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.partnerflow.milestone.MilestoneFacts;
import org.partnerflow.milestone.MilestonePlan;
import org.partnerflow.milestone.EvidenceFiles;
import org.partnerflow.milestone.MilestoneDelivery;
import org.partnerflow.milestone.MilestoneHistory;
import org.partnerflow.milestone.MilestoneVariations;
import org.partnerflow.milestone.VariationRequest;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/milestones")
@Tag(name = "Milestones", description = "Milestone evidence, reviews, releases and re-plans")
class MilestoneApiController {

    private final MilestoneDelivery delivery;
    private final MilestoneVariations variations;
    private final MilestonePlan plan;
    private final EvidenceFiles files;

    MilestoneApiController(MilestoneDelivery delivery, MilestoneVariations variations, MilestonePlan plan,
            EvidenceFiles files) {
        this.files = files;
        this.delivery = delivery;
        this.variations = variations;
        this.plan = plan;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A milestone and its history: evidence, reviews, follow-ups, release decisions, re-plans")
    MilestoneHistory get(@PathVariable long id) {
        requireReadable(id, CurrentUser.get());
        return delivery.history(id);
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The evidence files of a milestone (without their content)")
    java.util.List<org.partnerflow.tasks.AttachmentView> attachments(@PathVariable long id) {
        requireReadable(id, CurrentUser.get());
        return files.of(id);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download one evidence file")
    org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        requireReadable(id, CurrentUser.get());
        return EvidenceDownloads.response(files.download(id, attachmentId));
    }

    @PostMapping("/{id}/variations")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Re-plan the due date (programme managers), with a reason; the running process follows it")
    MilestoneFacts vary(@PathVariable long id, @Valid @RequestBody VariationRequest request) {
        requireReadable(id, CurrentUser.get());
        return variations.vary(id, request, CurrentUser.get().getUsername());
    }

    private void requireReadable(long id, PartnerflowUser user) {
        if (!user.canRead(plan.facts(id).partnershipId())) {
            throw new NotFoundException("Milestone", id);
        }
    }
}
