package org.partnerflow.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Component;

/**
 * Tasks as the task list and the home page show them: with their partnership's name, their award's reference, what
 * they are about (through each process's TaskSubjects) and whether they are late.
 */
@Component
public class TaskRows {

    private final PartnershipNames partnerships;
    private final AwardReferences awards;
    private final Map<String, TaskSubjects> subjects;
    private final Clock clock;

    TaskRows(PartnershipNames partnerships, AwardReferences awards, List<TaskSubjects> subjects, Clock clock) {
        this.partnerships = partnerships;
        this.awards = awards;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::processDefinitionKey, s -> s));
        this.clock = clock;
    }

    /** A task in a list; its award's reference (null for a task of no award) and what it is about (or null). */
    public record TaskRow(WorkItem task, String partnershipName, String awardReference, String subject,
            boolean overdue, boolean claimedByYou) {
    }

    /** The names of the partnerships the user may read, by id: one query per page, not one per task. */
    public Map<Long, String> partnershipNames(PartnerflowUser user) {
        return partnerships.visibleTo(user);
    }

    public List<TaskRow> rows(List<WorkItem> tasks, Map<Long, String> names, PartnerflowUser user) {
        Instant now = clock.instant();
        Map<Long, String> references = awardReferences(tasks, user);
        Map<String, String> about = subjects(tasks);
        return tasks.stream().map(t -> new TaskRow(t, t.partnershipId() == null ? null : names.get(t.partnershipId()),
                t.awardId() == null ? null : references.get(t.awardId()), about.get(t.id()), t.isOverdue(now),
                user.getUsername().equals(t.assignee()))).toList();
    }

    /** What the tasks are about: one call per process among them, each at most one query. */
    private Map<String, String> subjects(List<WorkItem> tasks) {
        Map<String, String> about = new HashMap<>();
        tasks.stream().filter(t -> subjects.containsKey(t.processDefinitionKey()))
                .collect(Collectors.groupingBy(WorkItem::processDefinitionKey))
                .forEach((process, ofProcess) -> about.putAll(subjects.get(process).describe(ofProcess)));
        return about;
    }

    /**
     * The references of the awards the tasks are about, in one query. A milestone task's business key is its
     * milestone's id, so the reference has to come from the award itself.
     */
    private Map<Long, String> awardReferences(List<WorkItem> tasks, PartnerflowUser user) {
        if (tasks.stream().allMatch(t -> t.awardId() == null)) {
            return Map.of();
        }
        return awards.visibleTo(user);
    }
}
