package org.partnerflow.award.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.partnerflow.audit.AuditPage;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.award.AssessorAnonymity;
import org.partnerflow.award.AssessorPanel;
import org.partnerflow.award.AwardInterruptions;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardStatus;
import org.partnerflow.award.AwardView;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.Proposals;
import org.partnerflow.award.SpendReturnRequest;
import org.partnerflow.award.Spending;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.partnerflow.shared.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Awards", description = "Grant awards and their grantAward process")
class AwardApiController {

    private final AwardQueries awards;
    private final Proposals proposals;
    private final Spending spending;
    private final AuditTrail audit;
    private final AssessorPanel panel;
    private final AwardInterruptions interruptions;

    AwardApiController(AwardQueries awards, Proposals proposals, Spending spending, AuditTrail audit,
            AssessorPanel panel, AwardInterruptions interruptions) {
        this.interruptions = interruptions;
        this.awards = awards;
        this.proposals = proposals;
        this.spending = spending;
        this.audit = audit;
        this.panel = panel;
    }

    @GetMapping
    @Operation(summary = "Awards the caller may see: all for staff, their own partnerships' for partners",
            description = "Newest first. Without page and size, every award; with either, one page (page from 0, "
                    + "size 1 to 200, default 50) and the number of awards in all pages in the X-Total-Count header.")
    ResponseEntity<List<AwardView>> list(@RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Long partnershipId, @RequestParam(required = false) AwardStatus status,
            @RequestParam(required = false) @Parameter(description = "from 0") Integer page,
            @RequestParam(required = false) Integer size) {
        if (page == null && size == null) {
            return ResponseEntity.ok(awards.visibleTo(CurrentUser.get(), programmeId, partnershipId, status));
        }
        AwardQueries.AwardPage found = awards.visibleTo(CurrentUser.get(), programmeId, partnershipId, status,
                page == null ? 0 : page, size == null ? 50 : size);
        return ResponseEntity.ok().header(Paging.TOTAL_HEADER, String.valueOf(found.total())).body(found.awards());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One award with its proposal, milestones, tranches, assessments and decision")
    AwardDetail get(@PathVariable long id) {
        return awards.get(id, CurrentUser.get());
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "The award's audit trail, newest first: who changed what and when, money before and after",
            description = "Staff, and the partners of the award's partnership (404 for anyone else, as for the award). "
                    + "Paged: page from 0, size 1 to 200 (default 50); 400 naming the parameter otherwise.")
    AuditPage audit(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        awards.get(id, CurrentUser.get());
        return AssessorAnonymity.asSeenBy(audit.forAward(id, page, size), CurrentUser.get());
    }

    @PostMapping
    @Operation(summary = "Start an award for a partnership (its partners or a programme manager): "
            + "starts grantAward, waiting for the proposal")
    ResponseEntity<Started> start(@Valid @RequestBody StartRequest request) {
        AwardView award = proposals.start(request.partnershipId(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/awards/" + award.id()))
                .body(new Started(award.id(), award.reference(), award.status(), award.processInstanceId()));
    }

    @GetMapping("/{id}/spend-returns")
    @Operation(summary = "The award's spend returns, one per award year")
    List<Spending.SpendView> spend(@PathVariable long id) {
        awards.get(id, CurrentUser.get());
        return spending.of(id);
    }

    @PostMapping("/{id}/spend-returns")
    @Operation(summary = "Report (or correct) a year's actual spend: the partnership or a programme manager")
    List<Spending.SpendView> reportSpend(@PathVariable long id, @Valid @RequestBody SpendReturnRequest request) {
        return spending.report(id, request, CurrentUser.get());
    }

    @PutMapping("/{id}/assessors")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Name the proposal's assessors (programme managers); an empty list gives it back to the "
            + "assessors' group",
            description = "Each named assessor gets an assessProposal task of their own and the panel decides once all "
                    + "of them have assessed; a round already running starts again over the names, keeping the "
                    + "assessments made. 400 naming usernames[i] for a user who is not an active assessor; 409 for "
                    + "one who belongs to the partnership or declared an interest in it, or once assessment is over.")
    AssessorsNamed nameAssessors(@PathVariable long id, @Valid @RequestBody AssessorsRequest request) {
        awards.get(id, CurrentUser.get());
        return new AssessorsNamed(panel.name(id, request.usernames(), CurrentUser.get()));
    }

    @PostMapping("/{id}/suspend")
    @Operation(summary = "Suspend an active award (funders and programme managers), with a reason: 204",
            description = "Status SUSPENDED; its milestones and learning reviews carry on, but no tranche is released "
                    + "until it is resumed (an approved release waits, and goes ahead on resumption). 400 naming reason "
                    + "when it is blank; 403 for other roles and for anyone who belongs to the partnership or declared an "
                    + "interest in it (rule conflict-of-interest); 409 unless the award is ACTIVE and being delivered.")
    ResponseEntity<Void> suspend(@PathVariable long id, @RequestBody(required = false) AwardInterruptions.Reason body) {
        interruptions.suspend(id, body, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a suspended award (funders and programme managers), with a reason: 204",
            description = "Status ACTIVE again; every release that waited goes ahead. 400, 403 and 409 as for suspend.")
    ResponseEntity<Void> resume(@PathVariable long id, @RequestBody(required = false) AwardInterruptions.Reason body) {
        interruptions.resume(id, body, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/terminate")
    @Operation(summary = "End an award early (funders only), with a reason and an effective date: 204",
            description = "Status TERMINATED: its milestones, learning reviews and outcome reports still running end, "
                    + "unreleased tranches become CANCELLED, the amount not released returns to the programme budget, "
                    + "and the partnership is asked for its final report (submitFinalReport). 400 naming reason or "
                    + "effectiveDate (required, within the award period); 403 for other roles or a conflict of "
                    + "interest; 409 unless the award is ACTIVE or SUSPENDED and being delivered.")
    ResponseEntity<Void> terminate(@PathVariable long id,
            @RequestBody(required = false) AwardInterruptions.Termination body) {
        interruptions.terminate(id, body, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    /** The body of PUT /api/v1/awards/{id}/assessors. */
    record AssessorsRequest(@NotNull @jakarta.validation.constraints.Size(max = 10) List<String> usernames) {
    }

    /** The assessors now named. */
    record AssessorsNamed(List<String> usernames) {
    }

    /** The body of POST /api/v1/awards. */
    record StartRequest(@NotNull Long partnershipId) {
    }

    /** What starting an award answers. */
    record Started(Long id, String reference, AwardStatus status, String processInstanceId) {
    }
}
