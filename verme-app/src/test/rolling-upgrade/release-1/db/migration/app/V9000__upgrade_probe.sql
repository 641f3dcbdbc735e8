-- Release 1's view of ProbeNoted.
create table upgrade_probe (
    event_id text primary key,
    instance text not null,
    text     text not null
);
