package org.partnerflow.partnership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.partnerflow.shared.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
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

    PartnershipApiController(Partnerships partnerships) {
        this.partnerships = partnerships;
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
}
