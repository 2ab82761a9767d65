package org.partnerflow.organisation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Org-id identifiers (org-id.guide) that 360Giving uses for recipients and funders: a known list prefix,
 * a hyphen and the organisation's identifier in that list, for example {@code GB-CHC-1234567}.
 */
public final class OrgIds {

    /** The UK registers Partnerflow accepts; 360G- is a funder's own identifier where no register applies. */
    public static final List<String> PREFIXES = List.of(
            "GB-CHC", "GB-SC", "GB-NIC", "GB-COH", "GB-NHS", "GB-LAE", "GB-LAS", "GB-LANI", "GB-PLA",
            "GB-GOR", "GB-MPR", "GB-SHPE", "GB-EDU", "GB-UKPRN", "GB-NIP", "GB-GOVUK", "XI-GRID", "360G");

    private static final Pattern SHAPE = Pattern.compile("^([A-Z0-9]+(?:-[A-Z0-9]+)?)-([A-Za-z0-9][A-Za-z0-9._-]{0,63})$");

    private OrgIds() {
    }

    /** Null when the identifier is well formed; otherwise the rule it breaks, in words. */
    public static String problem(String orgId) {
        if (orgId == null || orgId.isBlank()) {
            return "must not be blank";
        }
        for (String prefix : PREFIXES) {
            if (orgId.startsWith(prefix + "-")) {
                return SHAPE.matcher(orgId).matches() && orgId.length() > prefix.length() + 1
                        ? null
                        : "must be the prefix " + prefix + " followed by a hyphen and an identifier of letters and digits";
            }
        }
        return "must start with a known org-id prefix (" + String.join(", ", PREFIXES) + ")";
    }
}
