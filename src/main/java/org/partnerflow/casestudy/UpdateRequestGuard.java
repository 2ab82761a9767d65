package org.partnerflow.casestudy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Rate limit of the public update form per client address (a sliding window, in memory on this node). The address
 * is the request's remote address, which Tomcat's RemoteIpValve takes from X-Forwarded-For only when a trusted
 * proxy sent it (server.tomcat.remoteip.internal-proxies), as the sign-in throttle does.
 */
@Component
public class UpdateRequestGuard {

    /** Past this many addresses, forget those whose window has passed, so the map cannot grow without bound. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final CaseStudyProperties properties;
    private final Clock clock;

    UpdateRequestGuard(CaseStudyProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one request from the address, or refuses it with 429 when the address has used up its window. */
    public void admit(String clientAddress) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.updateRequestWindow());
        Instant[] refusedUntil = {null};
        recent.compute(clientAddress, (address, times) -> {
            Deque<Instant> window = times == null ? new ArrayDeque<>() : times;
            while (!window.isEmpty() && !window.peekFirst().isAfter(cutoff)) {
                window.pollFirst();
            }
            if (window.size() >= properties.updateRequestsPerAddress()) {
                refusedUntil[0] = window.peekFirst().plus(properties.updateRequestWindow());
            } else {
                window.addLast(now);
            }
            return window;
        });
        if (recent.size() > PRUNE_ABOVE) {
            recent.keySet().forEach(k -> recent.computeIfPresent(k, (a, w) ->
                    w.isEmpty() || !w.peekLast().isAfter(cutoff) ? null : w));
        }
        if (refusedUntil[0] != null) {
            throw new TooManyUpdateRequests(properties.updateRequestsPerAddress(), properties.updateRequestWindow(),
                    Duration.between(now, refusedUntil[0]));
        }
    }
}
