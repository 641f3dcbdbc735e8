-- Release 2 changes the view's shape: expand only. Release 1's table stays as it is (its instances still
-- write it during the upgrade); release 2 fills a new table under a new processing group, from the start.
create table upgrade_probe_2 (
    event_id text primary key,
    instance text not null,
    text     text not null,
    language text not null
);
