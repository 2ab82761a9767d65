package org.partnerflow.variation.process;

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

/** Names the variation each awardVariation task is about (its business key is the variation's id), in one query. */
@Component
class VariationTaskSubjects implements TaskSubjects {

    private static final int REASON_SHOWN = 80;

    private final EntityManager entityManager;
    private final Formats formats;

    VariationTaskSubjects(EntityManager entityManager, Formats formats) {
        this.entityManager = entityManager;
        this.formats = formats;
    }

    @Override
    public String processDefinitionKey() {
        return "awardVariation";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> describe(List<WorkItem> tasks) {
        List<Long> ids = tasks.stream().map(t -> variationId(t.businessKey())).filter(Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> words = new HashMap<>();
        entityManager.createQuery("select v.id, v.requestedBy, v.reason from AwardVariation v where v.id in :ids",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> words.put((Long) r[0], formats.text("task.subject.variation", r[1], shortened((String) r[2]))));
        Map<String, String> about = new HashMap<>();
        tasks.forEach(t -> {
            String text = words.get(variationId(t.businessKey()));
            if (text != null) {
                about.put(t.id(), text);
            }
        });
        return about;
    }

    private static String shortened(String reason) {
        return reason.length() <= REASON_SHOWN ? reason : reason.substring(0, REASON_SHOWN - 1).strip() + "…";
    }

    private static Long variationId(String businessKey) {
        return businessKey != null && businessKey.matches("\\d{1,18}") ? Long.valueOf(businessKey) : null;
    }
}
