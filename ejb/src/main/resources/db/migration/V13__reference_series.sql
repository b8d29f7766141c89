-- One numbered series per kind of reference (REQ-2026-00042, MC-…, ADM-…): the number comes from here, locked by
-- the drafting transaction, instead of from the row's id after an insert under a temporary reference. Each series
-- goes on from the highest id its table has used, so no reference issued before this migration comes again.
create table reference_series (
    prefix varchar(10) primary key,
    last_number bigint not null
);
insert into reference_series (prefix, last_number) select 'REQ', coalesce(max(id), 0) from placement_request;
insert into reference_series (prefix, last_number) select 'MC', coalesce(max(id), 0) from mini_competition;
insert into reference_series (prefix, last_number) select 'ADM', coalesce(max(id), 0) from lot_membership;
