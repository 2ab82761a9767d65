package org.partnerflow.tasks;

import org.partnerflow.shared.Paging;

/** Narrows the task list: by task key, partnership, or only overdue ones; with paging. */
public record TaskFilter(String taskDefinitionKey, Long partnershipId, boolean overdueOnly, int page, int size) {

    public static final int MAX_SIZE = 200;

    public TaskFilter {
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        page = Math.min(Math.max(page, 0), Paging.lastPage(size)); // page x size stays an int offset
    }

    public static TaskFilter all() {
        return new TaskFilter(null, null, false, 0, 50);
    }
}
