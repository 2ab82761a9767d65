package org.partnerflow.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnerflow.export.GrantPackage;
import org.partnerflow.export.OpenDataPublication;
import org.partnerflow.export.QualityCheck;
import org.partnerflow.export.ThreeSixtyGivingExport;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A programme's grants as 360Giving open data. programme is accepted as another name for programmeId. */
@RestController
@Tag(name = "Open data")
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
class ExportApiController {

    private final ThreeSixtyGivingExport export;
    private final OpenDataPublication publication;

    ExportApiController(ThreeSixtyGivingExport export, OpenDataPublication publication) {
        this.export = export;
        this.publication = publication;
    }

    @GetMapping("/api/v1/export/360giving/quality")
    @Operation(summary = "360Giving's data quality checks on the programme's grants, by their own names",
            description = "Every check is listed with its severity, the number of grants that fail it (0 when it "
                    + "passes) and up to three of their ids. A programme with a CRITICAL finding is left out of the "
                    + "public file.")
    QualityCheck.Report quality(@RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Long programme) {
        return publication.qualityOf(programme(programmeId, programme), CurrentUser.get(),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    @GetMapping(value = "/api/v1/export/360giving.json", produces = "application/json")
    @Operation(summary = "The programme's grants (accepted awards: ACTIVE, SUSPENDED, CLOSED, TERMINATED) as a 360Giving 1.4 data package",
            description = "Valid against the 360Giving package schema; amountDisbursed and disbursementTransaction "
                    + "come from released tranches.")
    GrantPackage json(@RequestParam(required = false) @Parameter(description = "the programme's id") Long programmeId,
            @RequestParam(required = false) @Parameter(description = "the same as programmeId") Long programme) {
        return export.packageOf(programme(programmeId, programme), CurrentUser.get());
    }

    @GetMapping("/api/v1/export/360giving.csv")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @Operation(summary = "The same grants as the flattened 360Giving CSV (one row per grant, the standard's "
            + "column titles; disbursement transactions are in the JSON)")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long programmeId,
            @RequestParam(required = false) Long programme) {
        long id = programme(programmeId, programme);
        return export.csvOf(id, CurrentUser.get()).download("360giving-programme-" + id + ".csv");
    }

    private static long programme(Long programmeId, Long programme) {
        Long id = programmeId != null ? programmeId : programme;
        if (id == null) {
            throw new DomainRuleViolation("programmeId", "is required: the id of the programme whose grants to export");
        }
        return id;
    }
}
