-- Lock-out after repeated failed sign-ins, kept on the user so it survives a restart and holds on every node:
-- consecutive failures since the last success or lock, and the end of the current lock (null when not locked).

alter table app_user add column failed_sign_ins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add constraint ck_app_user_failed_sign_ins check (failed_sign_ins >= 0);
