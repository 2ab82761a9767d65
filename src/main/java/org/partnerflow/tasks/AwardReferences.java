package org.partnerflow.tasks;

import java.util.Map;
import org.partnerflow.security.PartnerflowUser;

/**
 * The references of the awards a user may read. Owned here, implemented by the award module, so that the task
 * list can show each task's award without depending on awards.
 */
public interface AwardReferences {

    /** The references of the awards the user may read, by award id, in one query. */
    Map<Long, String> visibleTo(PartnerflowUser user);

    /** One award's reference, for words written without a reader (an e-mail to a group); null for no such award. */
    String referenceOf(long awardId);
}
