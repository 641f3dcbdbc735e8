-- Secrets the application makes for itself on first start, e.g. the key that signs personal links.
create table app_secret (
    name       varchar(64)  primary key,
    value      varchar(200) not null,
    created_at timestamptz  not null default now()
);
