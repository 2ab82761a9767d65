-- Each milestone counts its own evidence rounds, so a submission learns its round from the milestone row it
-- updates anyway, instead of counting evidence_submission first (one statement fewer per submission, issue 9).
-- The unique key (milestone_id, round) on evidence_submission still backs the numbering.
alter table milestone add column evidence_rounds integer not null default 0;

update milestone set evidence_rounds = (select count(*) from evidence_submission s where s.milestone_id = milestone.id);
