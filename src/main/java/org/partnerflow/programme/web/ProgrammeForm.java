package org.partnerflow.programme.web;

import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnerflow.organisation.OrganisationData;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.programme.ProgrammeChange;
import org.partnerflow.programme.ProgrammeRequest;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.shared.web.FormReader;

/** The programme pages' form read into the API's own requests, and a programme's values put back into the form. */
final class ProgrammeForm {

    static final List<String> FIELDS = List.of("code", "title", "description", "funder.name", "funder.type",
            "funder.orgId", "totalBudget", "awardCap", "maxDurationMonths", "learningReviewCadenceMonths",
            "requiredMemberTypes", "finalTrancheHeldForCloseOut", "openData.publish", "openData.grantIdPrefix");

    private ProgrammeForm() {
    }

    static ProgrammeRequest newProgramme(Map<String, String[]> params, Validator validator, String unknownType) {
        FormReader form = new FormReader(params, FIELDS);
        OrganisationType funderType = type(form, "funder.type", unknownType);
        OrganisationData funder = new OrganisationData(form.text("funder.name").trim(), funderType,
                form.text("funder.orgId").trim(), null);
        ProgrammeRequest request = new ProgrammeRequest(form.text("code").trim(), form.text("title").trim(),
                form.optional("description"), funder, form.amount("totalBudget"), form.amount("awardCap"),
                form.whole("maxDurationMonths"), form.whole("learningReviewCadenceMonths"),
                types(form, unknownType));
        return form.checked(request, validator);
    }

    /** Every field of the form is sent, so a field left empty is refused rather than left as it was. */
    static ProgrammeChange change(Map<String, String[]> params, Validator validator, String unknownType,
            String required) {
        FormReader form = new FormReader(params, FIELDS);
        Long version = form.whole("version") == null ? null : form.whole("version").longValue();
        for (String field : List.of("title", "totalBudget", "awardCap", "maxDurationMonths",
                "learningReviewCadenceMonths")) {
            if (form.text(field).isBlank()) {
                form.refuse(field, required);
            }
        }
        ProgrammeChange change = new ProgrammeChange(version, form.optional("title"),
                form.text("description").trim(), form.amount("totalBudget"), form.amount("awardCap"),
                form.whole("maxDurationMonths"), form.whole("learningReviewCadenceMonths"),
                types(form, unknownType), "true".equals(form.text("finalTrancheHeldForCloseOut")),
                new ProgrammeChange.OpenData(!form.text("openData.publish").isBlank(),
                        form.optional("openData.grantIdPrefix")));
        return form.checked(change, validator);
    }

    /** A programme's values as the edit form shows them. */
    static Map<String, String> values(ProgrammeView programme) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(programme.version()));
        values.put("title", programme.title());
        values.put("description", programme.description() == null ? "" : programme.description());
        values.put("totalBudget", programme.totalBudget().toPlainString());
        values.put("awardCap", programme.awardCap().toPlainString());
        values.put("maxDurationMonths", String.valueOf(programme.maxDurationMonths()));
        values.put("learningReviewCadenceMonths", String.valueOf(programme.learningReviewCadenceMonths()));
        values.put("finalTrancheHeldForCloseOut", String.valueOf(programme.finalTrancheHeldForCloseOut()));
        values.put("openData.publish", programme.openData().publish() ? "true" : "");
        values.put("openData.grantIdPrefix", Objects.toString(programme.openData().grantIdPrefix(), ""));
        return values;
    }

    private static Set<OrganisationType> types(FormReader form, String unknownType) {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        for (String name : form.all("requiredMemberTypes")) {
            OrganisationType type = parse(name);
            if (type == null) {
                form.refuse("requiredMemberTypes", unknownType);
            } else {
                types.add(type);
            }
        }
        return types;
    }

    private static OrganisationType type(FormReader form, String field, String unknownType) {
        String name = form.text(field);
        OrganisationType type = parse(name);
        if (type == null && !name.isBlank()) {
            form.refuse(field, unknownType);
        }
        return type;
    }

    private static OrganisationType parse(String name) {
        try {
            return OrganisationType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
