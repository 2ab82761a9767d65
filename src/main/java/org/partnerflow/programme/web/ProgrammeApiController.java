package org.partnerflow.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.audit.AuditChanges;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.programme.ProgrammeChange;
import org.partnerflow.programme.ProgrammeEdits;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
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

    ProgrammeApiController(Programmes programmes, ProgrammeEdits edits, AuditTrail audit) {
        this.programmes = programmes;
        this.edits = edits;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Programmes the caller may see: all for staff, their own for partners")
    List<ProgrammeView> list() {
        return programmes.visibleTo(CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme")
    ProgrammeView get(@PathVariable long id) {
        return programmes.get(id, CurrentUser.get());
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
