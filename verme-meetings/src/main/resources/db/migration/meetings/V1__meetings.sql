-- Lookups the meeting rules consult, updated in the transaction that appends the events.

-- Groups as the meetings module knows them, from the groups module's events.
create table group_fact (
    group_id       varchar(64)  primary key,
    programme_year varchar(64)  not null,
    name           varchar(120) not null,
    status         varchar(20)  not null
);
create index group_fact_by_year on group_fact (programme_year);

create table group_fact_mentor (
    group_id  varchar(64) not null,
    mentor_id varchar(64) not null,
    person_id varchar(64) not null,
    primary key (group_id, mentor_id)
);

-- Membership over time, so that attendance on a date lists only that date's members.
create table group_fact_member (
    group_id     varchar(64) not null,
    enrolment_id varchar(64) not null,
    person_id    varchar(64) not null,
    joined_on    date        not null,
    left_on      date
);
create index group_fact_member_by_group on group_fact_member (group_id, person_id);

create table hours_cap (
    programme_year varchar(64) primary key,
    cap_minutes    integer     not null
);

create table meeting_index (
    meeting_id varchar(64) primary key,
    group_id   varchar(64) not null
);

-- The minutes text: kept here, never in an event (the group's confidentiality; events go to auditors).
-- Every version is kept; a correction adds a row.
create table minutes_text (
    meeting_id       varchar(64)  not null,
    version          integer      not null,
    author_person_id varchar(64)  not null,
    topics           text[]       not null,
    text             text         not null,
    recorded_at      timestamptz  not null default now(),
    primary key (meeting_id, version)
);

-- Group calendars (a streaming view). A joint meeting has a row per group that took part.
create table meeting_view (
    meeting_id          varchar(64)  not null,
    group_id            varchar(64)  not null,
    programme_year      varchar(64)  not null,
    status              varchar(20)  not null,
    meeting_date        date         not null,
    start_time          time,
    planned_minutes     integer      not null,
    place               varchar(300),
    online              boolean      not null default false,
    held_minutes        integer,
    attendees           text[]       not null default '{}',
    mentors_present     text[]       not null default '{}',
    cancellation_reason varchar(40),
    minutes_version     integer      not null default 0,
    topics              text[]       not null default '{}',
    joint_kind          varchar(20),
    primary key (meeting_id, group_id)
);
create index meeting_view_by_group on meeting_view (group_id, meeting_date);

-- Attendance per person (a streaming view).
create table attendance (
    person_id      varchar(64) not null,
    programme_year varchar(64) not null,
    meeting_id     varchar(64) not null,
    group_id       varchar(64) not null,
    meeting_date   date        not null,
    minutes        integer     not null,
    joint          boolean     not null,
    primary key (person_id, meeting_id, group_id)
);
