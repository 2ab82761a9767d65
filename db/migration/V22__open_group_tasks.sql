-- The open workflow tasks offered to a staff group (programme managers, funders, assessors, the learning partner,
-- administrators), one row per task and group, written in the same transaction as Camunda's own rows by a built-in
-- task listener on every user task (tasks/internal/GroupTaskLedger) and checked against Camunda's tables at start-up.
--
-- Issue 9: the manager dashboard counted the team's open tasks by reading every open task of every partnership
-- (6,000 at 10,000 partnerships) to find the 2,000 offered to programme managers. Partnership groups are not kept:
-- nothing counts a partnership's tasks by group.
create table open_group_task (
    task_id varchar(64) not null,
    group_id varchar(255) not null,
    task_def_key varchar(255) not null,
    name varchar(255),
    proc_inst_id varchar(64),
    created timestamp not null,
    constraint pk_open_group_task primary key (task_id, group_id)
);

create index ix_open_group_task_group on open_group_task (group_id, task_def_key, created);
