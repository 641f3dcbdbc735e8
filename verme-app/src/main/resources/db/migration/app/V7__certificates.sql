-- Certificates issued, by their public verification code, with what they certified.
create table certificate (
    code           varchar(20)  primary key,
    person_id      varchar(64)  not null,
    programme_year varchar(64)  not null,
    kind           varchar(20)  not null,
    holder         varchar(200) not null,
    summary        jsonb        not null,
    issued_at      timestamptz  not null default now(),
    unique (person_id, programme_year, kind)
);
