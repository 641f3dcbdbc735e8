-- An organiser's logo, which its certificates show at the top: uploaded by its admins or the installation's, PNG or
-- JPEG of at most 256 KB, checked and decoded before it is kept. Configuration, like the register it belongs to;
-- never in events.
create table organiser_logo (
    organiser  varchar(40)  primary key references organiser (slug) on delete cascade,
    media_type varchar(20)  not null check (media_type in ('image/png', 'image/jpeg')),
    image      bytea        not null,
    changed_at timestamptz  not null default now(),
    changed_by varchar(64)  not null
);
