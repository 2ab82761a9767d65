-- A task's draft (issue 24 item 7): what a candidate saved of the task's form without completing it, as the JSON
-- object they sent (PUT /api/v1/tasks/{id}/draft, or a page's "Save as draft"), one per open task. Owned by the
-- tasks module (tasks/internal/DraftRows). A built-in task listener deletes the row in the engine's own transaction
-- when the task is completed or deleted (tasks/internal/DraftsEndWithTheirTask), and start-up removes any row whose
-- task is no longer open. No foreign key to ACT_RU_TASK: Camunda creates its tables itself, after Flyway may run.
create table task_draft (
    task_id   varchar(64)       not null,
    body      varchar(1048576)  not null,
    saved_at  timestamp with time zone not null,
    saved_by  varchar(60)       not null,
    constraint pk_task_draft primary key (task_id)
);
