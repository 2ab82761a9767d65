-- Close-out review, held final tranche, follow-ups that end or escalate.
-- The final report is now reviewed: its optional spend summary, the programme manager's decision and comments,
-- who reviewed it and when, and the underspend to recover that accepting it recorded (null before).
alter table award add column final_report_spend_summary varchar(4000);
alter table award add column final_report_decision varchar(10);
alter table award add column final_report_comments varchar(4000);
alter table award add column final_report_reviewed_by varchar(60);
alter table award add column final_report_reviewed_at timestamp with time zone;
alter table award add column underspend_to_recover numeric(14, 2);
alter table award add constraint ck_award_final_report_decision
    check (final_report_decision is null or final_report_decision in ('ACCEPT', 'RETURN'));
alter table award add constraint ck_award_underspend check (underspend_to_recover is null or underspend_to_recover >= 0);

-- A programme may hold each award's last tranche until the final report is accepted (HELD until then).
alter table programme add column final_tranche_held_for_close_out boolean default false not null;
alter table payment_tranche drop constraint ck_tranche_status;
alter table payment_tranche add constraint ck_tranche_status
    check (status in ('SCHEDULED', 'DUE', 'PROPOSED', 'RELEASED', 'HELD'));

-- A follow-up task ends by itself when what it waited for arrives (ENDED, with ended_at), and one left past its
-- own due date is escalated to the funders once (ESCALATED). Rows stay append-only.
alter table follow_up drop constraint ck_follow_up_action;
alter table follow_up add constraint ck_follow_up_action check (action in ('FOLLOWED_UP', 'ENDED', 'ESCALATED'));
