package org.partnerflow.casestudy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.partnerflow.casestudy.CaseStudies;
import org.partnerflow.casestudy.CaseStudySummary;
import org.partnerflow.casestudy.CaseStudyUpdates;
import org.partnerflow.casestudy.PublicUpdateRequest;
import org.partnerflow.casestudy.UpdateRequestGuard;
import org.partnerflow.casestudy.UpdateView;
import org.partnerflow.casestudy.VersionDiff;
import org.partnerflow.casestudy.VersionEntry;
import org.partnerflow.casestudy.VersionView;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/case-studies")
@Tag(name = "Case studies", description = "Published case studies, their versions and update requests")
class CaseStudyApiController {

    private final CaseStudies caseStudies;
    private final CaseStudyUpdates updates;
    private final UpdateRequestGuard guard;

    CaseStudyApiController(CaseStudies caseStudies, CaseStudyUpdates updates, UpdateRequestGuard guard) {
        this.caseStudies = caseStudies;
        this.updates = updates;
        this.guard = guard;
    }

    @GetMapping
    @Operation(summary = "Published case studies with their latest version (anyone, no sign-in)")
    List<CaseStudySummary> list() {
        return caseStudies.published();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "The latest published version with its sections (anyone, no sign-in)")
    VersionView latest(@PathVariable String slug) {
        return caseStudies.latest(slug, signedIn());
    }

    @GetMapping("/{slug}/versions")
    @Operation(summary = "Every published version (staff; partners of the partnership)")
    List<VersionEntry> versions(@PathVariable String slug) {
        return caseStudies.versions(slug, CurrentUser.get());
    }

    @GetMapping("/{slug}/versions/{version}")
    @Operation(summary = "One published version with its sections (staff; partners of the partnership)")
    VersionView version(@PathVariable String slug, @PathVariable int version) {
        return caseStudies.version(slug, version, CurrentUser.get());
    }

    @GetMapping("/{slug}/versions/{from}/diff/{to}")
    @Operation(summary = "Word-by-word changes of each section from one version to another (staff; the partnership)")
    VersionDiff diff(@PathVariable String slug, @PathVariable int from, @PathVariable int to) {
        return caseStudies.diff(slug, from, to, CurrentUser.get());
    }

    @PostMapping("/{slug}/update-requests")
    @Operation(summary = "Ask for a change to a published case study (anyone): {name, email, message}; 202, then "
            + "programme managers triage it. Rate-limited per client address (429).")
    ResponseEntity<Map<String, String>> requestUpdate(@PathVariable String slug,
            @Valid @RequestBody PublicUpdateRequest body, HttpServletRequest request) {
        guard.admit(request.getRemoteAddr());
        updates.requestFromPublic(slug, body);
        // The same answer whether or not the honeypot caught it: a bot learns nothing.
        return ResponseEntity.accepted().body(Map.of("status", "RECEIVED"));
    }

    @PostMapping("/{slug}/updates")
    @Operation(summary = "Start a revision without triage (the partnership for its own case study, programme "
            + "managers); 201 with the update, whose draftCaseStudyVersion task is then open")
    ResponseEntity<UpdateView> startUpdate(@PathVariable String slug) {
        UpdateView update = updates.startBy(slug, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/case-studies/" + slug)).body(update);
    }

    private static PartnerflowUser signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PartnerflowUser user ? user : null;
    }
}
