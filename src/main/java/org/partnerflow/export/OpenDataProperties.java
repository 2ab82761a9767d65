package org.partnerflow.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings ({@code partnerflow.open-data.*}): the licence every 360Giving file carries (Open Government
 * Licence v3.0 unless changed), the installation's publisher named in the public file, and the address the grants
 * name as their data source (by default the public file's address on the server that answers).
 */
@ConfigurationProperties("partnerflow.open-data")
public record OpenDataProperties(
        @DefaultValue("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/") String license,
        @DefaultValue Publisher publisher, String dataSource) {

    /** Who publishes the public file: the organisation running this installation. */
    public record Publisher(@DefaultValue("Partnerflow") String name, String identifier) {
    }
}
