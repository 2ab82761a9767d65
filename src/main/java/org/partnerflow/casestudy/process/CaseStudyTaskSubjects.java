package org.partnerflow.casestudy.process;

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

/** Names the case study of each caseStudyUpdate task (its business key is the update's id), in one query. */
@Component
class CaseStudyTaskSubjects implements TaskSubjects {

    private final EntityManager entityManager;
    private final Formats formats;

    CaseStudyTaskSubjects(EntityManager entityManager, Formats formats) {
        this.entityManager = entityManager;
        this.formats = formats;
    }

    @Override
    public String processDefinitionKey() {
        return "caseStudyUpdate";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(List<WorkItem> tasks) {
        List<Long> ids = tasks.stream().map(t -> updateId(t.businessKey())).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titles = new HashMap<>();
        entityManager.createQuery("select u.id, c.title from CaseStudyUpdate u, CaseStudy c "
                        + "where c.id = u.caseStudyId and u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> titles.put((Long) r[0], formats.text("task.subject.caseStudy", r[1])));
        Map<String, String> about = new HashMap<>();
        tasks.forEach(t -> {
            String title = titles.get(updateId(t.businessKey()));
            if (title != null) {
                about.put(t.id(), title);
            }
        });
        return about;
    }

    private static Long updateId(String businessKey) {
        return businessKey != null && businessKey.matches("\\d{1,18}") ? Long.valueOf(businessKey) : null;
    }
}
