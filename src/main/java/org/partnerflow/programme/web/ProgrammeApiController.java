package org.partnerflow.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.audit.AuditChanges;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.programme.ApplicationRounds;
import org.partnerflow.programme.Criterion;
import org.partnerflow.programme.ProgrammeChange;
import org.partnerflow.programme.ProgrammeCriteria;
import org.partnerflow.programme.ProgrammeDetail;
import org.partnerflow.programme.ProgrammeEdits;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.programme.RoundRequest;
import org.partnerflow.programme.RoundView;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes")
class ProgrammeApiController {

    private final Programmes programmes;
    private final ProgrammeEdits edits;
    private final AuditTrail audit;
    private final ProgrammeCriteria criteria;
    private final ApplicationRounds rounds;

    ProgrammeApiController(Programmes programmes, ProgrammeEdits edits, AuditTrail audit, ProgrammeCriteria criteria,
            ApplicationRounds rounds) {
        this.programmes = programmes;
        this.edits = edits;
        this.audit = audit;
        this.criteria = criteria;
        this.rounds = rounds;
    }

    @GetMapping
    @Operation(summary = "Programmes the caller may see: all for staff, their own for partners")
    List<ProgrammeView> list() {
        return programmes.visibleTo(CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme, with its assessment criteria and application rounds")
    ProgrammeDetail get(@PathVariable long id) {
        return new ProgrammeDetail(programmes.get(id, CurrentUser.get()), criteria.of(id), rounds.of(id));
    }

    @PutMapping("/{id}/criteria")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Replace the programme's assessment criteria (programme managers and admins)",
            description = "At least one, each with a name, optional guidance and a weight from 1 to 5. Proposals "
                    + "assessed from then on score these; earlier assessments keep theirs. In the audit trail.")
    List<Criterion> replaceCriteria(@PathVariable long id, @RequestBody List<Criterion> replacement) {
        return criteria.replace(id, replacement, CurrentUser.get().getUsername());
    }

    @PostMapping("/{id}/rounds")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Add an application round (programme managers and admins)",
            description = "Once a programme has rounds, a partnership starts an application only while one is open; "
                    + "the round sets how many assessors score each proposal. It closes after it opens.")
    ResponseEntity<RoundView> addRound(@PathVariable long id, @Valid @RequestBody RoundRequest request) {
        RoundView round = rounds.add(id, request, CurrentUser.get().getUsername());
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/rounds/" + round.id())).body(round);
    }

    @GetMapping("/{id}/rounds")
    @Operation(summary = "The programme's application rounds, earliest first")
    List<RoundView> rounds(@PathVariable long id) {
        programmes.get(id, CurrentUser.get()); // 404 for a programme the caller takes no part in
        return rounds.of(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Create a programme (programme managers and admins)")
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody ProgrammeRequest request) {
        ProgrammeView created = programmes.create(request);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Change a programme from the version read (programme managers and admins)",
            description = "Only the fields given change; the code never does. A stale version is a 409 and changes "
                    + "nothing; a budget below what is committed is a 400 on totalBudget. In the audit trail.")
    ProgrammeView change(@PathVariable long id, @Valid @RequestBody ProgrammeChange change) {
        return edits.change(id, change);
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'ASSESSOR', 'LEARNING_PARTNER')")
    @Operation(summary = "The programme's changes, newest first, with the values before and after (staff)")
    AuditChanges audit(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        programmes.get(id, CurrentUser.get()); // 404 for a programme that does not exist
        return audit.changesOf(AuditSubject.PROGRAMME, id, page, size);
    }
}
