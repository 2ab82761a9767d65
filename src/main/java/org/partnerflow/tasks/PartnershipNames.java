package org.partnerflow.tasks;

import java.util.Map;
import org.partnerflow.security.PartnerflowUser;

/**
 * The names of the partnerships a user may read. Owned here, implemented by the partnership module, so that the
 * task list can name each task's partnership without depending on partnerships.
 */
public interface PartnershipNames {

    /** The names of the partnerships the user may read, by id, in one query. */
    Map<Long, String> visibleTo(PartnerflowUser user);
}
