package org.partnerflow.variation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.variation.AwardVariations;
import org.partnerflow.variation.VariationRequest;
import org.partnerflow.variation.VariationStatus;
import org.partnerflow.variation.VariationView;
import org.partnerflow.variation.VariationViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/awards/{id}/variations")
@Tag(name = "Award variations", description = "Changes to a running award: the awardVariation process")
class VariationApiController {

    private final AwardVariations variations;
    private final VariationViews views;
    private final AwardQueries awards;

    VariationApiController(AwardVariations variations, VariationViews views, AwardQueries awards) {
        this.variations = variations;
        this.views = views;
        this.awards = awards;
    }

    @PostMapping
    @Operation(summary = "Ask for a variation of an active or suspended award: the partnership or a programme manager",
            description = "Body {reason, amountAwarded?, endDate?, milestones[{id?, title, dueDate, evidenceExpected,"
                    + " trancheAmount}]?}; starts awardVariation (assessVariation, then approveVariation). milestones"
                    + " replaces every milestone not yet approved and is required when the amount changes: their"
                    + " tranches add up to the new amount less what is already approved or released. 400 naming the"
                    + " field and rule (reason, changes, amountAwarded: cap, remaining budget, below approved or"
                    + " released; endDate: the programme's maximum duration, past, before an approved milestone;"
                    + " milestones[i].field); 409 when the award is not active or suspended, or another variation"
                    + " of it waits for a decision; 403 for other staff; 404 for another partnership's partner.")
    ResponseEntity<Requested> request(@PathVariable long id, @RequestBody VariationRequest body) {
        VariationView variation = variations.request(id, body, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/awards/" + id + "/variations"))
                .body(new Requested(variation.id(), variation.status(), variation.processInstanceId()));
    }

    @GetMapping
    @Operation(summary = "The award's variations, newest first, with what each asked for and the decisions on it",
            description = "As the award: staff, and the partners of its partnership (404 for anyone else).")
    List<VariationView> list(@PathVariable long id) {
        awards.get(id, CurrentUser.get());
        return views.ofAward(id);
    }

    /** What asking for a variation answers. */
    record Requested(Long id, VariationStatus status, String processInstanceId) {
    }
}
