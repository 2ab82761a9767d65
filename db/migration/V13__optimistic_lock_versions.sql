-- Optimistic locking on every entity the application may write again after inserting it, and on the children of
-- aggregates that are read under a row lock (a pessimistic lock cascades to them, which Hibernate refuses for an
-- @Immutable entity): a stale write is refused (409) instead of silently overwriting someone else's change.
-- Append-only records stay without a version; their entities are @Immutable.
alter table tranche_release add column version bigint not null default 0;
alter table milestone_variation add column version bigint not null default 0;
alter table case_study add column version bigint not null default 0;
alter table assessment add column version bigint not null default 0;
alter table partnership_member add column version bigint not null default 0;
