package org.partnerflow.tasks.web;

import java.util.Map;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskFilter;
import org.partnerflow.tasks.TaskList;
import org.partnerflow.tasks.TaskRows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task list page: the caller's tasks and their groups' tasks, overdue first, filtered and paged by a GET
 * form. Partnership names and award references come through TaskRows from the modules that know them.
 */
@Controller
class TaskPageController {

    static final int PAGE_SIZE = 20;

    private final TaskList tasks;
    private final TaskRows rows;

    TaskPageController(TaskList tasks, TaskRows rows) {
        this.tasks = tasks;
        this.rows = rows;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Long partnershipId,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model) {
        PartnerflowUser user = CurrentUser.get();
        TaskFilter filter = new TaskFilter(type, partnershipId, overdue, page, size);
        Map<Long, String> names = rows.partnershipNames(user);
        long total = tasks.countVisibleTo(user, filter);
        var found = tasks.visibleTo(user, filter);
        model.addAttribute("tasks", rows.rows(found, names, user));
        model.addAttribute("total", total);
        model.addAttribute("first", total == 0 ? 0 : (long) filter.page() * filter.size() + 1);
        model.addAttribute("last", (long) filter.page() * filter.size() + found.size());
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.taskDefinitionKey() != null && !filter.taskDefinitionKey().isBlank()
                || partnershipId != null || overdue);
        model.addAttribute("types", tasks.typesVisibleTo(user));
        model.addAttribute("partnerships", names);
        model.addAttribute("previousUrl", filter.page() == 0 ? null : pageUrl(filter, filter.page() - 1));
        model.addAttribute("nextUrl", (long) (filter.page() + 1) * filter.size() >= total ? null
                : pageUrl(filter, filter.page() + 1));
        return "tasks";
    }

    /** Another page of the same filter; only the filters in use go into the address. */
    private static String pageUrl(TaskFilter filter, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tasks");
        if (filter.taskDefinitionKey() != null && !filter.taskDefinitionKey().isBlank()) {
            url.queryParam("type", filter.taskDefinitionKey());
        }
        if (filter.partnershipId() != null) {
            url.queryParam("partnershipId", filter.partnershipId());
        }
        if (filter.overdueOnly()) {
            url.queryParam("overdue", true);
        }
        if (filter.size() != PAGE_SIZE) {
            url.queryParam("size", filter.size());
        }
        return url.queryParam("page", page).encode().toUriString();
    }
}
