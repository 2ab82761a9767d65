package org.partnerflow.export;

import java.util.List;
import org.partnerflow.shared.Csv;

/**
 * 360Giving grants as the standard's flattened CSV: one row per grant under the column titles 360Giving's tools
 * read. Disbursement transactions are in the JSON only: in the flattened form they are a sheet of their own.
 */
final class GrantCsv {

    /** The flattened CSV's column titles, in order. */
    static final List<String> COLUMNS = List.of("Identifier", "Title", "Description", "Currency", "Amount Applied For",
            "Amount Awarded", "Amount Disbursed", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Planned Dates:Duration (months)", "Recipient Org:Identifier", "Recipient Org:Name",
            "Recipient Org:Postal Code", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
            "Grant Programme:Title", "Beneficiary Location:Name", "Beneficiary Location:Country Code",
            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Last Modified",
            "Data Source");

    private GrantCsv() {
    }

    static Csv of(List<GrantPackage.Grant> grants) {
        Csv csv = new Csv().row(COLUMNS.toArray());
        for (GrantPackage.Grant g : grants) {
            GrantPackage.Event period = g.plannedDates().get(0);
            GrantPackage.Organization recipient = g.recipientOrganization().get(0);
            GrantPackage.Organization funder = g.fundingOrganization().get(0);
            GrantPackage.Programme programme = g.grantProgramme().get(0);
            GrantPackage.Location place = g.beneficiaryLocation() == null ? null : g.beneficiaryLocation().get(0);
            csv.row(g.id(), g.title(), g.description(), g.currency(), g.amountAppliedFor(), g.amountAwarded(),
                    g.amountDisbursed(), g.awardDate(), period.startDate(), period.endDate(), period.duration(),
                    recipient.id(), recipient.name(), recipient.postalCode(), funder.id(), funder.name(),
                    programme.code(), programme.title(), place == null ? null : place.name(),
                    place == null ? null : place.countryCode(), place == null ? null : place.geoCode(),
                    place == null ? null : place.geoCodeType(), g.dateModified(), g.dataSource());
        }
        return csv;
    }
}
