package org.partnerflow.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.partnerflow.calendar.internal.DeadlineReader;
import org.partnerflow.calendar.internal.FeedTokens;
import org.partnerflow.calendar.internal.FeedWriter;
import org.partnerflow.calendar.internal.SiteAddress;
import org.partnerflow.infrastructure.readcache.ReadCache;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Users;
import org.partnerflow.shared.Formats;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's private calendar feed: its address (made on first asking), a new address that revokes the old one, and
 * the feed itself for whoever holds a current address, with no sign-in. A feed speaks for its user as they are now:
 * a switched-off user's address opens nothing, and a change of roles or partnerships shows at the next read.
 */
@Service
public class CalendarFeeds {

    private final FeedTokens tokens;
    private final DeadlineReader deadlines;
    private final Users users;
    private final SiteAddress site;
    private final ReadCache cache;
    private final Formats formats;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(FeedTokens tokens, DeadlineReader deadlines, Users users, SiteAddress site, ReadCache cache,
            Formats formats, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.deadlines = deadlines;
        this.users = users;
        this.site = site;
        this.cache = cache;
        this.formats = formats;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The absolute address of the user's feed, made when first asked for. Two first asks at once: one makes it, the
     * other's insert breaks the unique user and then reads the one made.
     */
    public URI addressOf(PartnerflowUser user) {
        try {
            return address(tokens.tokenOf(user.id()));
        } catch (DataIntegrityViolationException madeMeanwhile) {
            return address(tokens.tokenOf(user.id()));
        }
    }

    /** A new address for the user's feed; the old one answers 404 from now on. Audited, never with either token. */
    @Transactional
    public URI reset(PartnerflowUser user) {
        URI address = address(tokens.reset(user.id()));
        audit.record(AuditEntry.of(AuditSubject.USER, user.getUsername(), "CALENDAR_FEED_RESET",
                "Calendar feed address of " + user.getUsername() + " replaced; the old address no longer works")
                .by(user.getUsername()));
        return address;
    }

    /** The feed (iCalendar, UTF-8) that the token opens; empty for an unknown or revoked token or a switched-off user. */
    public Optional<byte[]> feed(String token) {
        return tokens.userOf(token).flatMap(users::enabledPrincipal).map(user -> cache.read("calendar-feed",
                List.of(user.accessKey()), () -> formats.inDefaultLanguage(() -> FeedWriter.write(
                        formats.defaultText("calendar.feed.name"), deadlines.of(user), site, clock.instant())))
                .getBytes(StandardCharsets.UTF_8));
    }

    private URI address(String token) {
        return site.of("/calendar/" + token + ".ics");
    }
}
