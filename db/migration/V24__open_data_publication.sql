-- Open data (issue 28): whether a programme's grants are in the public 360Giving file, the funder's registered
-- 360Giving grant id prefix (grant ids are <prefix>-<award number> once it is set), when the programme was first
-- published (from then on the prefix never changes, so published grant ids stay stable) and when its publication
-- settings last changed.
alter table programme add column open_data_publish boolean default false not null;
alter table programme add column grant_id_prefix varchar(60);
alter table programme add column open_data_first_published_at timestamp with time zone;
alter table programme add column open_data_changed_at timestamp with time zone;
