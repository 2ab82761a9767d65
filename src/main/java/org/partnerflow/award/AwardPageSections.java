package org.partnerflow.award;

import java.util.Map;
import org.partnerflow.security.PartnerflowUser;

/**
 * A part of the award page that a module above award adds (its variations): a template with a fragment
 * {@code section(model)} and what it shows. Owned here, implemented above, so the page shows it without depending on
 * that module.
 */
public interface AwardPageSections {

    /** A template (its fragment {@code section(model)}) and the values it shows. */
    record Section(String template, Map<String, Object> model) {
    }

    /** The section for this award as the user may see it; null for none. The award is already checked readable. */
    Section of(AwardDetail award, PartnerflowUser user);
}
