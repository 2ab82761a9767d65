-- Indexes for the paged portfolio and the manager dashboard's awards ending soon (issue 9): a page of a programme's
-- partnerships is read in place order without sorting the whole programme, and active awards ending within 90
-- days are found by a range on end_date. Checked by QueryPathIndexesOnPostgresTest.
create index ix_partnership_programme_place on partnership (programme_id, place, id);
create index ix_award_status_end on award (status, end_date);
-- Each new index leads with the column of an older one, which it replaces.
drop index ix_partnership_programme;
drop index ix_award_status;
