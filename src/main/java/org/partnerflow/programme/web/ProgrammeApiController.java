package org.partnerflow.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes")
class ProgrammeApiController {

    private final Programmes programmes;

    ProgrammeApiController(Programmes programmes) {
        this.programmes = programmes;
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
}
