-- A stored answer belongs to the caller who made the request (a user, or an anonymous client's address)
-- and is kept for a day. Keys are kept only as a hash of caller and key, so the table cannot be used to
-- replay someone's request. Answers from before this change are transient and simply dropped.
drop table idempotent_request;
create table idempotent_request (
    request_key  char(64)      primary key,
    caller       varchar(300)  not null,
    fingerprint  varchar(64)   not null,
    started_at   timestamptz   not null default now(),
    completed_at timestamptz,
    status       integer,
    content_type varchar(255),
    location     varchar(2048),
    body         bytea
);
create index idempotent_request_started_at on idempotent_request (started_at);
