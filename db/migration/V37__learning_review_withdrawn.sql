-- A learning review due after an award's new, earlier end date is withdrawn: it stays in the history, no longer due.
alter table learning_review drop constraint ck_learning_review_status;
alter table learning_review add constraint ck_learning_review_status check (status in ('PLANNED', 'OPEN', 'WRITTEN',
    'REFLECTED', 'RETURNED', 'OVERDUE', 'SIGNED_OFF', 'WITHDRAWN'));
