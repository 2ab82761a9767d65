package org.partnerflow.calendar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.partnerflow.calendar.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed itself: no sign-in, no session, any Accept (calendar clients send all sorts). An unknown or revoked token
 * is a 404 problem detail, whatever was asked for.
 */
@RestController
@Tag(name = "Calendar")
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;
    private final ObjectMapper json;

    CalendarFeedController(CalendarFeeds feeds, ObjectMapper json) {
        this.feeds = feeds;
        this.json = json;
    }

    @GetMapping("/calendar/{token}.ics")
    @Operation(summary = "A private calendar feed (iCalendar); the address comes from GET /api/v1/me/calendar")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar"))
    @ApiResponse(responseCode = "404", description = "unknown or revoked address",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> feed(@PathVariable @Parameter(description = "the feed's secret token") String token)
            throws JsonProcessingException {
        var feed = feeds.feed(token);
        if (feed.isPresent()) {
            return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore().cachePrivate())
                    .body(feed.get());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no calendar feed at this address. It may have been replaced by a new one.");
        problem.setTitle("Not found");
        problem.setInstance(URI.create("/calendar"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(json.writeValueAsBytes(problem));
    }
}
