package org.partnerflow.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnerflow.calendar.CalendarFeeds;
import org.partnerflow.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The address of the caller's private calendar feed, and a new one that revokes it. */
@RestController
@RequestMapping("/api/v1/me/calendar")
@Tag(name = "Calendar", description = "A private iCalendar feed of the deadlines the caller may see")
class CalendarApiController {

    /** A feed's address: /calendar/{token}.ics under the installation's base URL. */
    record CalendarAddress(String url) {
    }

    private final CalendarFeeds feeds;

    CalendarApiController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping
    @Operation(summary = "The address of the caller's private calendar feed (made on first asking)",
            description = "The feed needs no sign-in: its token is the secret. It holds the due dates of milestones, "
                    + "learning reviews and outcome reports of active awards, offers waiting for an answer and the "
                    + "caller's tasks with a due date, as far as the caller may see them; each event links to its page.")
    CalendarAddress address() {
        return new CalendarAddress(feeds.addressOf(CurrentUser.get()).toString());
    }

    @PostMapping("/reset")
    @Operation(summary = "A new address for the caller's feed; the old one answers 404 from now on")
    CalendarAddress reset() {
        return new CalendarAddress(feeds.reset(CurrentUser.get()).toString());
    }
}
