package org.partnerflow.export.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import org.partnerflow.export.OpenDataPublication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public 360Giving file, for anyone and any Accept header, served from the publication's cache; a 404 problem
 * while no programme's grants are published.
 */
@RestController
@Tag(name = "Open data")
class OpenDataFileController {

    private final OpenDataPublication publication;
    private final ObjectMapper json;

    OpenDataFileController(OpenDataPublication publication, ObjectMapper json) {
        this.publication = publication;
        this.json = json;
    }

    @GetMapping("/open-data/360giving.json")
    @Operation(summary = "Every published programme's grants in one 360Giving package (no sign-in)",
            description = "ACTIVE, SUSPENDED, CLOSED and TERMINATED awards of the programmes whose open data is "
                    + "published and whose grants pass every CRITICAL quality check; 404 while nothing is published.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json"))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> json() {
        return file(OpenDataPublication.Publication::json, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/open-data/360giving.csv")
    @Operation(summary = "The same grants as the flattened 360Giving CSV (no sign-in)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> csv() {
        return file(OpenDataPublication.Publication::csv, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> file(Function<OpenDataPublication.Publication, byte[]> part, MediaType type) {
        OpenDataPublication.Publication current = publication.current(
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        if (!current.published()) {
            return notPublished();
        }
        return ResponseEntity.ok().contentType(type).body(part.apply(current));
    }

    private ResponseEntity<byte[]> notPublished() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No grants are published as open data yet: a programme manager publishes a programme from its edit "
                        + "page, and its grants appear once they pass 360Giving's critical quality checks.");
        problem.setTitle("Nothing published");
        try {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
