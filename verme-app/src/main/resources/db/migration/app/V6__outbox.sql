-- E-mail notices: written in the transaction of the view update that causes them, sent by a worker
-- that retries with back-off. The dedup key (event and recipient) means a message is queued once.
create table outbox (
    message_id      varchar(64)  primary key,
    dedup_key       varchar(200) not null unique,
    programme_year  varchar(64)  not null,
    kind            varchar(40)  not null,
    recipient_email varchar(320) not null,
    language        varchar(2)   not null,
    subject         varchar(300) not null,
    body            text         not null,
    attachment_name varchar(100),
    attachment      bytea,
    status          varchar(20)  not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(1000),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);
create index outbox_due on outbox (status, next_attempt_at);
create index outbox_by_year on outbox (programme_year, created_at);

-- The language each enrolment's person reads (from the form's Accept-Language).
create table recipient_language (
    enrolment_id varchar(64) primary key,
    language     varchar(2)  not null
);
