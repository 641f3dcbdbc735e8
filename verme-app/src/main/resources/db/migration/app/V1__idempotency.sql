-- Responses to writes sent with an Idempotency-Key, so that a repeated request gets the first answer.
create table idempotent_request (
    idempotency_key varchar(255) primary key,
    fingerprint     varchar(64)  not null,
    started_at      timestamptz  not null default now(),
    completed_at    timestamptz,
    status          integer,
    content_type    varchar(255),
    location        varchar(2048),
    body            bytea
);
