package org.partnerflow.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The area a partnership serves, with its ONS (GSS) geography code, as 360Giving's beneficiaryLocation. */
@Embeddable
public record BeneficiaryLocation(
        @Column(name = "beneficiary_location_name") String name,
        @Column(name = "beneficiary_geo_code") String geoCode) {
}
