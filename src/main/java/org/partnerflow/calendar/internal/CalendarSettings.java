package org.partnerflow.calendar.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of calendar feeds ({@code partnerflow.calendar.*}): the key that derives each feed's token from its seed,
 * base64 of at least 32 bytes, best given by the environment; when empty, a key made once and kept in the database.
 */
@ConfigurationProperties("partnerflow.calendar")
public record CalendarSettings(String tokenKey) {
}
