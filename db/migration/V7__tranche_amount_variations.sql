-- A variation may also move money between two unreleased tranches of the same award (the tranches keep adding
-- up to the award); the variation records both amounts and the tranche that balanced the change.

alter table milestone_variation add column old_amount numeric(14, 2);
alter table milestone_variation add column new_amount numeric(14, 2);
alter table milestone_variation add column balancing_milestone_id bigint references milestone (id) on delete set null;
