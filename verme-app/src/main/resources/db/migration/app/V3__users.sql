-- Users of the application and what each may do. A user logs in with a password kept here as a
-- BCrypt hash (local accounts, machine clients) or through the organiser's identity provider, matched
-- by the provider's subject or by e-mail address.
create table app_user (
    user_id       varchar(64)  primary key,
    password_hash varchar(100),
    display_name  varchar(200) not null,
    email         varchar(320) unique,
    oidc_subject  varchar(255) unique,
    person_id     varchar(64),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

-- A role for one organiser's programmes, or for all of them ('*').
create table role_grant (
    user_id   varchar(64) not null references app_user (user_id) on delete cascade,
    role      varchar(20) not null,
    organiser varchar(40) not null,
    primary key (user_id, role, organiser)
);
