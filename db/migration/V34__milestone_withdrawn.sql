-- A milestone dropped from the plan by an award variation before it was approved: it stays in the award's history as
-- WITHDRAWN (its running delivery ended, its tranche CANCELLED).
alter table milestone drop constraint ck_milestone_status;
alter table milestone add constraint ck_milestone_status
    check (status in ('PLANNED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'OVERDUE', 'WITHDRAWN'));
