-- The person register: contact details, kept out of the event store so that a person can be erased.
create table person (
    person_id     varchar(64)  primary key,
    email_key     varchar(320) not null unique,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(320) not null,
    phone         varchar(40),
    registered_at timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

-- Calls as the command side checks them, updated in the same transaction as their events.
create table call_terms (
    programme_year varchar(64) primary key,
    organiser      varchar(40) not null,
    school_year    varchar(9)  not null,
    themes         jsonb       not null,
    target_roles   text[]      not null,
    opens_on       date        not null,
    closes_on      date        not null,
    closed_on      date
);

-- One active enrolment per person and programme year, updated in the same transaction as the events.
create table active_enrolment (
    programme_year varchar(64) not null,
    person_id      varchar(64) not null,
    enrolment_id   varchar(64) not null,
    primary key (programme_year, person_id)
);

-- The coordinator's roster.
create table roster_entry (
    enrolment_id      varchar(64)  primary key,
    programme_year    varchar(64)  not null,
    person_id         varchar(64)  not null,
    role              varchar(40)  not null,
    employer          varchar(200) not null,
    unit              varchar(200) not null,
    career_stage      varchar(20)  not null,
    theme_wishes      text[]       not null,
    availability      text[]       not null,
    status            varchar(20)  not null,
    submitted_at      timestamptz  not null,
    late_reason       varchar(40),
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(40)
);
create index roster_entry_by_year on roster_entry (programme_year, submitted_at);
create index roster_entry_by_person on roster_entry (person_id);
