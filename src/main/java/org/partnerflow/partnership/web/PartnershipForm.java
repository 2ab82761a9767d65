package org.partnerflow.partnership.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerflow.organisation.OrganisationData;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.BeneficiaryLocation;
import org.partnerflow.partnership.PartnershipChange;
import org.partnerflow.partnership.PartnershipRequest;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.shared.web.FormReader;

/**
 * The partnership pages' forms read into the API's own requests, and a partnership's values put back into a form.
 * Aims and workstreams are one to a line.
 */
final class PartnershipForm {

    static final List<String> FIELDS = List.of("programmeId", "name", "place", "description", "leadOrganisation.name",
            "leadOrganisation.type", "leadOrganisation.orgId", "communityAims", "systemAims", "workstreams",
            "beneficiaryLocation.name", "beneficiaryLocation.geoCode", "organisation.name", "organisation.type",
            "organisation.orgId", "role");
    static final List<String> LISTS = List.of("communityAims", "systemAims", "workstreams");

    private PartnershipForm() {
    }

    static PartnershipRequest newPartnership(Map<String, String[]> params, Validator validator, String unknownType) {
        FormReader form = new FormReader(params, FIELDS);
        Integer programme = form.whole("programmeId");
        PartnershipRequest request = new PartnershipRequest(programme == null ? null : programme.longValue(),
                form.text("name").trim(), form.text("place").trim(), form.optional("description"),
                organisation(form, "leadOrganisation", unknownType), List.of(), lines(form, "communityAims"),
                lines(form, "systemAims"), lines(form, "workstreams"), location(form));
        return form.checked(request, validator);
    }

    /** Every field of the form is sent, so a field left empty is refused rather than left as it was. */
    static PartnershipChange change(Map<String, String[]> params, Validator validator, String required) {
        FormReader form = new FormReader(params, FIELDS);
        Integer version = form.whole("version");
        for (String field : List.of("name", "place")) {
            if (form.text(field).isBlank()) {
                form.refuse(field, required);
            }
        }
        PartnershipChange change = new PartnershipChange(version == null ? null : version.longValue(),
                form.optional("name"), form.optional("place"), form.text("description").trim(),
                lines(form, "communityAims"), lines(form, "systemAims"), lines(form, "workstreams"), location(form));
        return form.checked(change, validator);
    }

    static PartnershipRequest.Member member(Map<String, String[]> params, Validator validator, String unknownType) {
        FormReader form = new FormReader(params, FIELDS);
        PartnershipRequest.Member member = new PartnershipRequest.Member(
                organisation(form, "organisation", unknownType), form.text("role").trim());
        return form.checked(member, validator);
    }

    /** A partnership's values as the edit form shows them. */
    static Map<String, String> values(PartnershipView partnership) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(partnership.version()));
        values.put("name", partnership.name());
        values.put("place", partnership.place());
        values.put("description", partnership.description() == null ? "" : partnership.description());
        values.put("communityAims", String.join("\n", partnership.communityAims()));
        values.put("systemAims", String.join("\n", partnership.systemAims()));
        values.put("workstreams", String.join("\n", partnership.workstreams()));
        BeneficiaryLocation location = partnership.beneficiaryLocation();
        values.put("beneficiaryLocation.name", location == null ? "" : location.name());
        values.put("beneficiaryLocation.geoCode", location == null ? "" : location.geoCode());
        return values;
    }

    /** The form's field for an error in the body: an aim's line (communityAims[2]) is the list's text box. */
    static String formField(String field) {
        return field.replaceAll("^(communityAims|systemAims|workstreams)\\[\\d+]$", "$1");
    }

    private static OrganisationData organisation(FormReader form, String prefix, String unknownType) {
        String typeName = form.text(prefix + ".type");
        OrganisationType type = null;
        try {
            type = typeName.isBlank() ? null : OrganisationType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            form.refuse(prefix + ".type", unknownType);
        }
        return new OrganisationData(form.text(prefix + ".name").trim(), type, form.text(prefix + ".orgId").trim(), null);
    }

    private static PartnershipRequest.Location location(FormReader form) {
        String name = form.optional("beneficiaryLocation.name");
        String code = form.optional("beneficiaryLocation.geoCode");
        return name == null && code == null ? null
                : new PartnershipRequest.Location(name, code == null ? null : code.toUpperCase(java.util.Locale.ROOT));
    }

    private static List<String> lines(FormReader form, String name) {
        return Arrays.stream(form.text(name).split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
