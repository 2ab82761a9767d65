package org.partnerflow.partnership;

import java.util.Map;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.PartnershipNames;
import org.springframework.stereotype.Component;

/** Gives the task list the names of the partnerships a user may read, so its rows and filter can show them. */
@Component
class TaskPartnershipNames implements PartnershipNames {

    private final Partnerships partnerships;

    TaskPartnershipNames(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public Map<Long, String> visibleTo(PartnerflowUser user) {
        return partnerships.namesVisibleTo(user, null);
    }
}
