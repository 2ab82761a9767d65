package org.partnerflow.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.integrity.InterestRequest;
import org.partnerflow.integrity.InterestView;
import org.partnerflow.integrity.Interests;
import org.partnerflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Interests", description = "Declared interests: a conflict for the partnership's awards (assessment integrity)")
class InterestApiController {

    static final String STAFF = "hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'ASSESSOR', 'LEARNING_PARTNER')";

    private final Interests interests;

    InterestApiController(Interests interests) {
        this.interests = interests;
    }

    @GetMapping("/me/interests")
    @PreAuthorize(STAFF)
    @Operation(summary = "The signed-in staff member's declared interests, newest first")
    List<InterestView> mine() {
        return interests.of(CurrentUser.get().getUsername());
    }

    @PostMapping("/me/interests")
    @PreAuthorize(STAFF)
    @Operation(summary = "Declare an interest in a partnership or an organisation (by org-id)",
            description = "From then on the partnership, and every partnership the organisation is a member of, is a "
                    + "conflict: its awards' assessments, decisions, evidence reviews, releases and variations are "
                    + "refused (403) and hidden from the caller's task list. 400 names the field.")
    ResponseEntity<InterestView> declare(@Valid @RequestBody InterestRequest request) {
        InterestView declared = interests.declare(request, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/me/interests/" + declared.id())).body(declared);
    }

    @GetMapping("/interests")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
    @Operation(summary = "Every staff member's declared interests, newest first (the latest 500)")
    List<InterestView> all() {
        return interests.all();
    }
}
