package org.partnerflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.infrastructure.engine.OpenTasks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list's own SQL (OpenTasks) pages a user's tasks as the list promises: assigned to the user or offered to
 * one of the user's groups (claimed by anyone or not), dated tasks first by due date then age, then the undated by
 * age; every page size gives the same sequence, with no task twice or missing across the dated/undated boundary;
 * tasks offered only to another group never show; both ways of finding them (from a partnership's few group
 * entries, or a team's many tasks in list order) give the same pages. Run on H2 and on PostgreSQL, whose orders and
 * limits differ.
 */
abstract class TaskListPagingContract {

    private static final long PARTNERSHIP = 987_654_321L;
    private static final String GROUP = Role.partnershipGroup(PARTNERSHIP);

    @Autowired TaskService taskService;
    @Autowired TaskList tasks;
    @Autowired OpenTasks openTasks;

    private final List<String> created = new ArrayList<>();
    private final PartnerflowUser user = new PartnerflowUser(-1L, "paging.partner", "Paging partner", "x", true,
            Set.of(Role.PARTNER), Set.of(PARTNERSHIP));

    @BeforeEach
    void tasksOfEveryKind() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant t0 = now.minus(Duration.ofDays(40));
        task("undated, assigned to the user, oldest", t0.minus(Duration.ofHours(1)), null, null, "paging.partner");
        task("dated in 20 days", t0, now.plus(Duration.ofDays(20)), GROUP, null);
        task("overdue by 10 days", t0.plus(Duration.ofHours(1)), now.minus(Duration.ofDays(10)), GROUP, null);
        task("dated in 10 days, assigned to the user only", t0.plus(Duration.ofHours(2)), now.plus(Duration.ofDays(10)),
                null, "paging.partner");
        task("undated, offered", t0.plus(Duration.ofHours(3)), null, GROUP, null);
        task("undated, offered and claimed by someone else", t0.plus(Duration.ofHours(4)), null, GROUP, "someone.else");
        task("another partnership's", t0.plus(Duration.ofHours(5)), now.minus(Duration.ofDays(30)),
                Role.partnershipGroup(PARTNERSHIP + 1), null);
        task("dated in 10 days, a later twin", t0.plus(Duration.ofHours(6)), now.plus(Duration.ofDays(10)), GROUP,
                null);
    }

    @AfterEach
    void removeThem() {
        ClockUtil.reset();
        taskService.deleteTasks(created, true);
    }

    private static final List<String> EXPECTED = List.of("overdue by 10 days",
            "dated in 10 days, assigned to the user only", "dated in 10 days, a later twin", "dated in 20 days",
            "undated, assigned to the user, oldest", "undated, offered",
            "undated, offered and claimed by someone else");

    @ParameterizedTest(name = "groups offered few tasks: {0}")
    @ValueSource(booleans = {true, false})
    void bothWaysOfFindingTheTasksPageAlike(boolean narrowGroups) {
        OpenTasks.Criteria criteria = new OpenTasks.Criteria(List.of("paging.partner"), List.of(GROUP), narrowGroups,
                null, null, TaskList.PARTNERSHIP_ID, null);
        for (int size = 1; size <= 8; size++) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * size < EXPECTED.size() + size; page++) {
                paged.addAll(openTasks.page(criteria, page * size, size).stream().map(OpenTasks.Row::name).toList());
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(EXPECTED);
        }
        assertThat(openTasks.count(criteria)).isEqualTo(EXPECTED.size());
        OpenTasks.Criteria overdue = new OpenTasks.Criteria(List.of("paging.partner"), List.of(GROUP), narrowGroups,
                null, null, TaskList.PARTNERSHIP_ID, Instant.now());
        assertThat(openTasks.page(overdue, 0, 50)).extracting(OpenTasks.Row::name)
                .containsExactly("overdue by 10 days");
        assertThat(openTasks.all(overdue)).extracting(OpenTasks.Row::name).containsExactly("overdue by 10 days");
        // a team of members: what is offered to the group, claimed by anyone, or assigned to a member, oldest first
        OpenTasks.Criteria team = new OpenTasks.Criteria(List.of("someone.else", "paging.partner"), List.of(GROUP),
                narrowGroups, null, null, TaskList.PARTNERSHIP_ID, null);
        assertThat(openTasks.all(team)).extracting(OpenTasks.Row::name).containsExactly(
                "undated, assigned to the user, oldest", "dated in 20 days", "overdue by 10 days",
                "dated in 10 days, assigned to the user only", "undated, offered",
                "undated, offered and claimed by someone else", "dated in 10 days, a later twin");
        OpenTasks.Criteria groupOnly = new OpenTasks.Criteria(List.of(), List.of(GROUP), narrowGroups, null, null,
                TaskList.PARTNERSHIP_ID, null);
        assertThat(openTasks.all(groupOnly)).extracting(OpenTasks.Row::name).doesNotContain(
                "undated, assigned to the user, oldest", "dated in 10 days, assigned to the user only").hasSize(5);
        OpenTasks.Criteria nobody = new OpenTasks.Criteria(List.of("nobody"), List.of(), narrowGroups, null, null,
                TaskList.PARTNERSHIP_ID, null);
        assertThat(openTasks.page(nobody, 0, 50)).isEmpty();
    }

    @Test
    void everyPageSizeGivesTheSameOrderAcrossTheDatedAndUndatedTasks() {
        List<String> expected = EXPECTED;
        assertThat(names(tasks.visibleTo(user, new TaskFilter(null, null, false, 0, 50)))).isEqualTo(expected);
        for (int size = 1; size <= 4; size++) {
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * size < expected.size() + size; page++) {
                paged.addAll(names(tasks.visibleTo(user, new TaskFilter(null, null, false, page, size))));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(expected);
        }
        assertThat(tasks.visibleTo(user, new TaskFilter(null, null, false, 3, 3))).as("past the end").isEmpty();
        assertThat(tasks.countVisibleTo(user, new TaskFilter(null, null, false, 0, 50))).isEqualTo(expected.size());
    }

    @Test
    void overdueOnlyAndNarrowedToAPartnership() {
        assertThat(names(tasks.visibleTo(user, new TaskFilter(null, null, true, 0, 50))))
                .containsExactly("overdue by 10 days");
        assertThat(tasks.countVisibleTo(user, new TaskFilter(null, null, true, 0, 50))).isEqualTo(1);
        // these tasks belong to no process, so none is about the partnership
        assertThat(tasks.visibleTo(user, new TaskFilter(null, PARTNERSHIP, false, 0, 50))).isEmpty();
        assertThat(tasks.visibleTo(user, new TaskFilter("noSuchKind", null, false, 0, 50))).isEmpty();
    }

    private void task(String name, Instant createdAt, Instant due, String group, String assignee) {
        ClockUtil.setCurrentTime(Date.from(createdAt));
        Task task = taskService.newTask();
        task.setName(name);
        task.setDueDate(due == null ? null : Date.from(due));
        task.setAssignee(assignee);
        taskService.saveTask(task);
        if (group != null) {
            taskService.addCandidateGroup(task.getId(), group);
        }
        created.add(task.getId());
    }

    private static List<String> names(List<WorkItem> items) {
        return items.stream().map(WorkItem::name).toList();
    }
}
