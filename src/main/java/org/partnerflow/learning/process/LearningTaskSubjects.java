package org.partnerflow.learning.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerflow.shared.Formats;
import org.partnerflow.tasks.TaskSubjects;
import org.partnerflow.tasks.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Names the review of each learningReview task by its due date, read from the business key (award id, a hyphen, the
 * due date) without a query.
 */
@Component
class LearningTaskSubjects implements TaskSubjects {

    private static final Pattern DUE = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2})$");

    private final Formats formats;

    LearningTaskSubjects(Formats formats) {
        this.formats = formats;
    }

    @Override
    public String processDefinitionKey() {
        return "learningReview";
    }

    @Override
    public Map<String, String> describe(List<WorkItem> tasks) {
        Map<String, String> about = new HashMap<>();
        for (WorkItem task : tasks) {
            Matcher due = task.businessKey() == null ? null : DUE.matcher(task.businessKey());
            if (due != null && due.find()) {
                about.put(task.id(), formats.text("task.subject.learningReview",
                        formats.date(LocalDate.parse(due.group(1)))));
            }
        }
        return about;
    }
}
