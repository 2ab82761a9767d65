-- Awards can be suspended (no tranche released until resumed) and terminated (ended early, cut back to what was
-- released, the rest returned to the programme's budget). A varied award may exceed the amount first requested
-- (within the programme's cap), and a terminated one may have had nothing released.
alter table award add column suspension_reason varchar(2000);
alter table award add column suspended_by varchar(60);
alter table award add column suspended_at timestamp with time zone;
alter table award add column termination_reason varchar(2000);
alter table award add column terminated_by varchar(60);
alter table award add column terminated_at timestamp with time zone;
alter table award add column termination_effective_date date;
alter table award add column amount_awarded_before_termination numeric(14, 2);

alter table award drop constraint ck_award_status;
alter table award add constraint ck_award_status check (status in ('PROPOSED', 'UNDER_ASSESSMENT',
    'CHANGES_REQUESTED', 'OFFERED', 'ACTIVE', 'SUSPENDED', 'REJECTED', 'WITHDRAWN', 'CLOSED', 'TERMINATED'));
alter table award drop constraint ck_award_awarded;
alter table award add constraint ck_award_awarded check (amount_awarded is null or amount_awarded >= 0);

-- A tranche whose milestone a variation dropped, or whose award was terminated before it was released.
alter table payment_tranche drop constraint ck_tranche_status;
alter table payment_tranche add constraint ck_tranche_status
    check (status in ('SCHEDULED', 'DUE', 'PROPOSED', 'RELEASED', 'HELD', 'CANCELLED'));
