-- A subject's own trail (a programme's edits, a user's changes) is read newest first by subject type and id.
create index ix_audit_subject on audit_event (subject_type, subject_id, occurred_at);
