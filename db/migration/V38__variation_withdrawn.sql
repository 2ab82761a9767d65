-- A variation still open when its award is terminated is withdrawn with it.
alter table award_variation drop constraint ck_award_variation_status;
alter table award_variation add constraint ck_award_variation_status
    check (status in ('REQUESTED', 'RECOMMENDED', 'RETURNED', 'REJECTED', 'APPLIED', 'WITHDRAWN'));
