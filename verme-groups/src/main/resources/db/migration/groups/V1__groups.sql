-- Lookups the group rules consult, updated in the transaction that appends the events.

-- A programme year's themes (from its enrolment call) and group size rule.
create table programme_terms (
    programme_year varchar(64) primary key,
    theme_codes    text[],
    min_size       integer,
    max_size       integer
);

create table mentor (
    mentor_id         varchar(64)  primary key,
    person_id         varchar(64)  not null unique,
    organisation      varchar(200) not null,
    training_year     integer      not null,
    training_provider varchar(200) not null,
    registered_at     timestamptz  not null
);

-- Enrolments as placement sees them; status follows the enrolment's own events.
create table candidate (
    enrolment_id    varchar(64)  primary key,
    programme_year  varchar(64)  not null,
    person_id       varchar(64)  not null,
    role            varchar(40)  not null,
    career_stage    varchar(20)  not null,
    employer        varchar(200) not null,
    unit            varchar(200) not null,
    theme_wishes    text[]       not null,
    submitted_at    timestamptz  not null,
    status          varchar(20)  not null,
    waitlist_reason varchar(40)
);
create index candidate_by_year on candidate (programme_year, status);

-- Who is in which group: the primary key keeps a person in one group per programme year, also
-- when two placements into different groups commit at the same moment.
create table membership (
    programme_year varchar(64) not null,
    person_id      varchar(64) not null,
    group_id       varchar(64) not null,
    enrolment_id   varchar(64) not null unique,
    group_completed boolean    not null default false,
    primary key (programme_year, person_id)
);
create index membership_by_group on membership (group_id);

-- Group rosters (a streaming view).
create table group_view (
    group_id            varchar(64)  primary key,
    programme_year      varchar(64)  not null,
    theme               varchar(32)  not null,
    name                varchar(120) not null,
    status              varchar(20)  not null,
    min_size            integer      not null,
    max_size            integer      not null,
    place               varchar(300) not null,
    online              boolean      not null,
    group_type          varchar(40),
    formed_at           timestamptz  not null,
    started_on          date,
    completed_on        date,
    cancelled_on        date,
    cancellation_reason varchar(40),
    agreed_on           date,
    commitments         text[],
    accepted_by         text[]
);
create index group_view_by_year on group_view (programme_year, theme);

create table group_member (
    group_id     varchar(64) not null,
    enrolment_id varchar(64) not null,
    person_id    varchar(64) not null,
    placed_at    timestamptz not null,
    primary key (group_id, enrolment_id)
);

create table group_mentor (
    group_id  varchar(64) not null,
    mentor_id varchar(64) not null,
    person_id varchar(64) not null,
    position  integer     not null,
    primary key (group_id, mentor_id)
);
create index group_mentor_by_mentor on group_mentor (mentor_id);

-- Placement proposals: the coordinator's working drafts until accepted (not events: only accepting them is).
create table placement_proposal (
    proposal_id    varchar(64) primary key,
    programme_year varchar(64) not null,
    status         varchar(20) not null,
    created_at     timestamptz not null,
    accepted_at    timestamptz,
    document       jsonb       not null
);
