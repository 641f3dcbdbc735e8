-- Every administrator of the installation created outside the admin API: by the application's command
-- (`java -jar verme-app.jar admin create`, source 'cli') or by the VERME_INITIAL_ADMIN_* settings at start-up
-- ('initial-settings'). Kept apart from the account, so the record stays whatever later happens to it.
create table admin_creation (
    creation_id bigint       generated always as identity primary key,
    user_id     varchar(64)  not null,
    source      varchar(20)  not null check (source in ('cli', 'initial-settings')),
    -- How the account signs in: with a password, through the identity provider, or either.
    sign_in     varchar(20)  not null check (sign_in in ('password', 'identity-provider', 'both')),
    created_at  timestamptz  not null default now(),
    -- Where it was done: the operating-system user and host that ran the command or started the application.
    os_user     varchar(100),
    host        varchar(255)
);
