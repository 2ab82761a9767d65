/**
 * Performance plumbing below the task list and the dashboards and above shared: it knows no workflow module (only
 * shared, and security for the staff groups). Its contract:
 * <ul>
 * <li>{@code readcache} (ReadCache, WriteWatch, DataVersion): keeps a read model for the same question asked again.
 * It assumes every write reaches the database through this node's connection pool, where WriteWatch sees it: a
 * committed write (or an auto-committed one) advances DataVersion, the version is part of every question, and an
 * answer read across a write is not kept. An answer lives at most partnerflow.read-cache.ttl after it was answered
 * (PT2S; PT0S turns off the cache and the watch), which also bounds how long another node's writes go unseen. The
 * minute on the application's clock is part of every question, so ages and overdue flags follow the clock. Inside a
 * transaction the cache is bypassed, so a caller sees its own uncommitted writes. The same question asked while
 * another thread answers it waits for that answer; a failed answer is asked again by each who waited. Entries and
 * their expiry live in Caffeine (at most 2,000 questions). Values must be immutable and never null.</li>
 * <li>{@code engine}: plain SQL on Camunda 7's own tables, where the engine's query API would cost more statements
 * (OpenTasks, InstanceFacts, CandidateGroups, OpenTaskKinds, LockedTaskCompletion, TeamWorkload, TaskHistory), the
 * ledger of tasks offered to staff groups (GroupTaskLedger, table open_group_task) and the indexes Partnerflow adds
 * to the engine's tables (EngineIndexes). It assumes these tables and columns, without a table prefix:
 * ACT_RU_TASK (ID_, NAME_, TASK_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, ASSIGNEE_, CREATE_TIME_, DUE_DATE_);
 * ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_, with candidate as the type of a candidate group);
 * ACT_RU_EXECUTION (ID_, BUSINESS_KEY_; a process instance's id is its execution's);
 * ACT_RU_VARIABLE (EXECUTION_ID_, PROC_INST_ID_, NAME_, LONG_; partnershipId and awardId set on the process instance
 * as long or integer, see ProcessVariables);
 * ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_, DURATION_, DELETE_REASON_, PROC_INST_ID_; completed as the delete
 * reason of a completed task); ACT_HI_VARINST (PROC_INST_ID_, EXECUTION_ID_, NAME_, LONG_). It also uses the engine's
 * internal API: the commands ClaimTaskCmd and CompleteTaskCmd (LockedTaskCompletion), BPMN parse listeners and
 * built-in task listeners (GroupTaskLedger), and process engine plugins. CamundaSchemaContractTest fails when an
 * engine upgrade breaks these assumptions: it reads the engine's schema on H2 and on PostgreSQL, checks every table
 * and column named here, and runs every statement; GroupTaskLedgerTest and QueryBudgetTest cover the listeners and
 * the commands.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infrastructure",
        allowedDependencies = {"shared", "security"})
package org.partnerflow.infrastructure;
