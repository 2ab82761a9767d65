package org.partnerflow.partnership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.audit.AuditChanges;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.partnership.PartnershipChange;
import org.partnerflow.partnership.PartnershipEdits;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.partnerflow.shared.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships")
class PartnershipApiController {

    private final Partnerships partnerships;
    private final PartnershipEdits edits;
    private final AuditTrail audit;

    PartnershipApiController(Partnerships partnerships, PartnershipEdits edits, AuditTrail audit) {
        this.partnerships = partnerships;
        this.edits = edits;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Partnerships the caller may see, optionally of one programme; partners see only their own",
            description = "By programme and place. Without page and size, every partnership; with either, one page "
                    + "(page from 0, size 1 to 200, default 50) and the number in all pages in the X-Total-Count "
                    + "header.")
    ResponseEntity<List<PartnershipView>> list(@RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) @Parameter(description = "from 0") Integer page,
            @RequestParam(required = false) Integer size) {
        if (page == null && size == null) {
            return ResponseEntity.ok(partnerships.visibleTo(CurrentUser.get(), programmeId));
        }
        Partnerships.PartnershipPage found = partnerships.visibleTo(CurrentUser.get(), programmeId,
                page == null ? 0 : page, size == null ? 50 : size);
        return ResponseEntity.ok().header(Paging.TOTAL_HEADER, String.valueOf(found.total()))
                .body(found.partnerships());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partnership; 404 for a partner of another partnership")
    PartnershipView get(@PathVariable long id) {
        return partnerships.get(id, CurrentUser.get());
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Create a partnership (programme managers and admins); organisations matched by org-id")
    ResponseEntity<PartnershipView> create(@Valid @RequestBody PartnershipRequest request) {
        PartnershipView created = partnerships.create(request);
        return ResponseEntity.created(URI.create("/api/v1/partnerships/" + created.id())).body(created);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Change a partnership from the version read (programme managers and admins)",
            description = "Only the fields given change. A stale version is a 409 and changes nothing. In the audit "
                    + "trail with the values before and after.")
    PartnershipView change(@PathVariable long id, @Valid @RequestBody PartnershipChange change) {
        return edits.change(id, change);
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Add a member organisation (matched by org-id or created); an organisation at most once (409)")
    ResponseEntity<PartnershipView> addMember(@PathVariable long id,
            @Valid @RequestBody PartnershipRequest.Member member) {
        PartnershipView changed = edits.addMember(id, member);
        return ResponseEntity.status(HttpStatus.CREATED).body(changed);
    }

    @DeleteMapping("/{id}/members/{organisationId}")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Remove a member; the lead organisation or a member with contributions is a 409")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long organisationId) {
        edits.removeMember(id, organisationId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "The partnership's changes, newest first, with the values before and after",
            description = "Staff; partners their own partnership (404 for another).")
    AuditChanges audit(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        partnerships.get(id, CurrentUser.get()); // 404 for a partnership the caller may not read
        return audit.changesOf(AuditSubject.PARTNERSHIP, id, page, size);
    }
}
