package org.partnerflow.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.partnerflow.organisation.OrganisationChange;
import org.partnerflow.organisation.OrganisationView;
import org.partnerflow.organisation.Organisations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations for those who set up programmes and partnerships: find one before entering it again, correct it. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Organisations whose name or org-id contains q, by name (at most 20); none without q")
    List<OrganisationView> search(@RequestParam(required = false) @Parameter(description = "part of a name or org-id")
            String q) {
        return organisations.search(q);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation, with its version")
    OrganisationView get(@PathVariable long id) {
        return organisations.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an organisation's name or type from the version read; the org-id never changes",
            description = "A stale version is a 409 and changes nothing. Every change is in the audit trail.")
    OrganisationView change(@PathVariable long id, @Valid @RequestBody OrganisationChange change) {
        return organisations.change(id, change);
    }
}
