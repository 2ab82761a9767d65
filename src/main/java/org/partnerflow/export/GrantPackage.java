package org.partnerflow.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A 360Giving data package (standard 1.4): the grants of one programme, with the fields the schema names. Empty
 * optional fields are left out, as the standard prefers to blank values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantPackage(String version, String title, String description, String issued, Publisher publisher,
        String license, List<Grant> grants) {

    /** Who publishes the package: the programme's funder, or the installation for the public file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publisher(String identifier, String name) {
    }

    /** One grant: an award the partnership accepted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grant(String id, String title, String description, String currency, BigDecimal amountAppliedFor,
            BigDecimal amountAwarded, BigDecimal amountDisbursed, String awardDate, List<Event> plannedDates,
            List<Organization> recipientOrganization, List<Organization> fundingOrganization,
            List<Programme> grantProgramme, List<Location> beneficiaryLocation,
            List<Transaction> disbursementTransaction, String dateModified, String dataSource) {
    }

    /** An organisation by its org-id (Organisation Identifier standard). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, String postalCode) {
    }

    /** The grant's period: start, end and duration in months. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String startDate, String endDate, Integer duration) {
    }

    /** The grant programme. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Programme(String code, String title) {
    }

    /** The area whose people benefit, by its ONS (GSS) code and the code's type from 360Giving's codelist. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String name, String countryCode, String geoCode, String geoCodeType) {
    }

    /** A payment made: a released tranche. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transaction(String id, String transactionDate, BigDecimal value, String currency, String description) {
    }
}
