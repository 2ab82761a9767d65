-- PostgreSQL only (Flyway location db/vendor/{vendor}). Milestone status and due date go together: planned
-- milestones lie ahead, approved ones behind. Planned one column at a time, "awaiting evidence and due before today"
-- looked like thousands of rows at 10,000 partnerships when it is a handful, and the manager dashboard's overdue
-- milestones were hash-joined to every active award and every partnership. Statistics over both columns let the
-- planner see it and read the few rows through the keys (issue 9).
create statistics if not exists st_milestone_status_due (mcv) on status, due_date from milestone;

analyze milestone;
