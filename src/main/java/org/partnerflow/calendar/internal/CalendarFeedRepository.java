package org.partnerflow.calendar.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Feeds by user, and by the hash of their token (a unique index): the only way a request finds one. */
interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByUserId(long userId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
