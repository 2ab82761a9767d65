-- The dashboards' aggregates read only their own programme's rows and the team's members by role (issue 9, growth
-- from 10 to 10,000 partnerships).
--
-- A tranche carries its award's programme (an award never changes programme), so the portfolio's payment plan by
-- month reads one index range of the programme's tranches instead of every tranche of every programme joined to
-- the awards. The index holds what those sums read, so PostgreSQL answers them from the index alone.
alter table payment_tranche add column programme_id bigint;

update payment_tranche set programme_id = (select a.programme_id from award a where a.id = payment_tranche.award_id);

alter table payment_tranche alter column programme_id set not null;

alter table payment_tranche add constraint fk_tranche_programme foreign key (programme_id) references programme (id);

create index ix_tranche_programme on payment_tranche (programme_id, status, award_id, amount, planned_date, released_on);

-- A team's members by role (the manager dashboard's team): user_role was keyed by user first, so finding the
-- programme managers read every user's roles, 10,000 partner users among them.
create index ix_user_role_role on user_role (role, user_id);

-- The programme's released total sums amount_released over its current awards: carried in the programme's index,
-- it is read from the index alone, and so are the ids the tranche sums join to.
drop index ix_award_programme;

create index ix_award_programme on award (programme_id, status, amount_released, id);
