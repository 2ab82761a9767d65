package org.partnerflow.award;

import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.AwardReferences;
import org.springframework.stereotype.Component;

/** Gives the task list the references of the awards a user may read, so its rows can show them. */
@Component
class TaskAwardReferences implements AwardReferences {

    private final AwardQueries awards;

    TaskAwardReferences(AwardQueries awards) {
        this.awards = awards;
    }

    @Override
    public Map<Long, String> visibleTo(PartnerflowUser user) {
        return awards.visibleTo(user, null, null, null).stream()
                .collect(Collectors.toMap(AwardView::id, AwardView::reference, (a, b) -> a));
    }

    @Override
    public String referenceOf(long awardId) {
        return awards.detail(awardId).award().reference();
    }
}
