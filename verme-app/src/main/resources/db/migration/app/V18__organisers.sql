-- The organisers of this installation (cities, education providers), registered by its admins: installation
-- configuration, not a stream of domain events. The slug is the one programme years already carry
-- (seinajoki/2026-2027) and never changes; people read the registered names instead of it. A programme year
-- whose organiser is not registered still works, and shows its slug until it is.
create table organiser (
    slug              varchar(40)  primary key,
    name_fi           varchar(200) not null,
    name_sv           varchar(200) not null,
    name_en           varchar(200),
    -- The Finnish business ID (Y-tunnus), 1234567-8, its check digit verified by the application.
    business_id       varchar(9)   not null,
    contact_email     varchar(320) not null,
    default_language  varchar(2)   not null check (default_language in ('fi', 'sv', 'en')),
    -- The registration id of the organiser's OpenID Connect provider (spring.security.oauth2.client.registration.<id>).
    identity_provider varchar(100),
    registered_at     timestamptz  not null default now(),
    registered_by     varchar(64)  not null,
    changed_at        timestamptz  not null default now(),
    changed_by        varchar(64)  not null
);
