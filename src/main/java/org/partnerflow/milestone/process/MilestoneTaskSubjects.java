package org.partnerflow.milestone.process;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnerflow.shared.Formats;
import org.partnerflow.tasks.TaskSubjects;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the milestone of each milestoneDelivery task (its business key is the milestone's id), in one query. */
@Component
class MilestoneTaskSubjects implements TaskSubjects {

    private final EntityManager entityManager;
    private final Formats formats;

    MilestoneTaskSubjects(EntityManager entityManager, Formats formats) {
        this.entityManager = entityManager;
        this.formats = formats;
    }

    @Override
    public String processDefinitionKey() {
        return "milestoneDelivery";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(List<WorkItem> tasks) {
        List<Long> ids = tasks.stream().map(t -> milestoneId(t.businessKey())).filter(Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        entityManager.createQuery("select m.id, m.sequence, m.title from Milestone m where m.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> names.put((Long) r[0], formats.text("task.subject.milestone", r[1], r[2])));
        Map<String, String> about = new HashMap<>();
        tasks.forEach(t -> {
            String name = names.get(milestoneId(t.businessKey()));
            if (name != null) {
                about.put(t.id(), name);
            }
        });
        return about;
    }

    private static Long milestoneId(String businessKey) {
        return businessKey != null && businessKey.matches("\\d{1,18}") ? Long.valueOf(businessKey) : null;
    }
}
