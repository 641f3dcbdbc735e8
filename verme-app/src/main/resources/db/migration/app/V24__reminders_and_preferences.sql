-- Reminders, notice preferences and the coordinators' weekly digest (issue 18, "People informed").

-- Which reminders a programme year sends; a year without a row sends all three.
create table reminder_settings (
    programme_year     varchar(64)  primary key,
    meeting_day_before boolean      not null,
    record_held        boolean      not null,
    survey             boolean      not null,
    changed_by         varchar(200) not null,
    changed_at         timestamptz  not null default now()
);

-- Each survey link sent: after a week without an answer its person is reminded once.
create table survey_invitation (
    survey_id      varchar(64) not null,
    enrolment_id   varchar(64) not null,
    person_id      varchar(64) not null,
    programme_year varchar(64) not null,
    invited_at     timestamptz not null default now(),
    reminded_at    timestamptz,
    primary key (survey_id, enrolment_id)
);
create index survey_invitation_due on survey_invitation (invited_at) where reminded_at is null;
create index survey_invitation_by_person on survey_invitation (person_id);

-- The kinds of notice a person has turned off (the legally required ones cannot be).
create table notice_opt_out (
    person_id  varchar(64) not null,
    kind       varchar(40) not null,
    created_at timestamptz not null default now(),
    primary key (person_id, kind)
);

-- Coordinators who take the weekly digest.
create table digest_subscription (
    user_id    varchar(64) primary key,
    created_at timestamptz not null default now()
);

-- The one-click unsubscribe address a message carries in its List-Unsubscribe header (RFC 8058).
alter table outbox add column unsubscribe_url varchar(1000);
