-- Indexes for the list and dashboard query paths that had none (issue 9, performance). Each is checked by
-- QueryPathIndexesOnPostgresTest, which runs EXPLAIN with sequential scans disabled for every filtered path.
create index ix_award_status on award (status);
create index ix_milestone_status_due on milestone (status, due_date);
create index ix_learning_review_status_due on learning_review (status, due_on);
create index ix_overdue_follow_up_milestone on overdue_follow_up (milestone_id);
create index ix_learning_review_follow_up_review on learning_review_follow_up (review_id);
create index ix_partnership_lead_organisation on partnership (lead_organisation_id);
create index ix_programme_funder on programme (funder_id);
