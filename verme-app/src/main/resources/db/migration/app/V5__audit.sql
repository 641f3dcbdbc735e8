-- Which programme year each event belongs to, so a year's history is found without scanning the store.
create table event_programme (
    global_index   bigint      primary key,
    programme_year varchar(64) not null
);
create index event_programme_by_year on event_programme (programme_year, global_index);

-- Tamper evidence: for each programme year a hash chain over its events in global order. Each link is
-- SHA-256 of the previous link and the event's stored bytes; previous_index names the event before it.
create table event_chain (
    global_index   bigint      primary key,
    programme_year varchar(64) not null,
    previous_index bigint,
    link           bytea       not null,
    chained_at     timestamptz not null default now()
);
create index event_chain_by_year on event_chain (programme_year, global_index);
