-- A member's contribution is updated as money comes in: optimistic locking, like every other mutable row.
alter table contribution add column version bigint default 0 not null;
