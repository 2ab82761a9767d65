package org.partnerflow.calendar.internal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach this installation ({@code partnerflow.base-url}): absolute links in what leaves the browser, such
 * as a calendar feed's events, start with it.
 */
@ConfigurationProperties("partnerflow")
public record SiteAddress(@DefaultValue("http://localhost:8080") String baseUrl) {

    /** The absolute address of a path of this installation. */
    public URI of(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + path);
    }
}
