-- Lookups the compensation rules consult, updated in the transaction that appends the events.

create table rules (
    programme_year varchar(64) primary key,
    version        integer     not null,
    rules          jsonb       not null
);

create table mentor (
    mentor_id varchar(64) primary key,
    person_id varchar(64) not null
);

create table group_info (
    group_id       varchar(64)  primary key,
    programme_year varchar(64)  not null,
    name           varchar(120) not null
);

create table group_mentor (
    group_id  varchar(64) not null,
    mentor_id varchar(64) not null,
    primary key (group_id, mentor_id)
);

create table claim_index (
    claim_id       varchar(64) primary key,
    programme_year varchar(64) not null
);

create table period_index (
    period_id      varchar(64) primary key,
    programme_year varchar(64) not null
);

-- The ledger (a streaming view, rebuilt from the events): what is owed, source by source.
-- kind: PLANNING_FEE (once per mentor and year), MEETING_FEE (per held meeting and mentor present),
-- ORGANISING_HOURS and the expenses (per claim; owed once approved).
create table source (
    source_id      varchar(200)  primary key,
    programme_year varchar(64)   not null,
    mentor_id      varchar(64)   not null,
    group_id       varchar(64),
    kind           varchar(30)   not null,
    hours          numeric(10,2),
    minutes        integer,
    days           numeric(6,1),
    amount         numeric(12,2),
    description    varchar(300),
    occurred_on    date          not null,
    employer       varchar(200),
    claim_status   varchar(20),
    rejection      varchar(40),
    receipt        varchar(100),
    event_ids      text[]        not null
);
create index source_by_year on source (programme_year, mentor_id);

create table approved_line (
    period_id  varchar(64)   not null,
    source_id  varchar(200)  not null,
    mentor_id  varchar(64)   not null,
    kind       varchar(30)   not null,
    amount     numeric(12,2) not null,
    adjustment boolean       not null,
    event_id   varchar(64)   not null,
    primary key (period_id, source_id)
);

create table period (
    period_id         varchar(64)   primary key,
    programme_year    varchar(64)   not null,
    label             varchar(40)   not null,
    total             numeric(12,2) not null,
    approved_at       timestamptz   not null,
    payroll_reference varchar(100),
    paid_on           date
);

-- Participants and the meetings they attended, for VESO days and the per-employer report.
create table participant (
    person_id      varchar(64)  not null,
    programme_year varchar(64)  not null,
    employer       varchar(200) not null,
    primary key (person_id, programme_year)
);

create table attended (
    person_id      varchar(64) not null,
    programme_year varchar(64) not null,
    meeting_ref    varchar(64) not null,
    minutes        integer     not null,
    primary key (person_id, meeting_ref)
);
