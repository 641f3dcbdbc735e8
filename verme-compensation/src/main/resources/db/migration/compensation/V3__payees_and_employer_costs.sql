-- Issue 22, who is paid. Expands only, so that the release before runs beside this one.

-- Lookup (kept in the writing transaction): whose staff each enrolled person is, so that a participant's
-- travel is booked to their employer. Filled from here on by EnrolmentSubmitted; the enrolments before
-- come from the ledger's participant rows, which hold the same (person, year, employer).
create table enrolled (
    person_id      varchar(64)  not null,
    programme_year varchar(64)  not null,
    employer       varchar(200) not null,
    primary key (person_id, programme_year)
);
insert into enrolled (person_id, programme_year, employer)
select person_id, programme_year, employer from participant on conflict do nothing;

-- The ledger: a participant's travel is nobody's mentor claim, so a source (and an approved line) may
-- name no mentor.
alter table source alter column mentor_id drop not null;
alter table approved_line alter column mentor_id drop not null;

-- A new streaming view, compensation-payees (its own processing group, built from the first event beside the
-- ledger): who each claim is owed to, the participant whose travel it is, and finance's hourly salary cost of
-- each employer's staff.
create table claim_payee (
    source_id      varchar(200) primary key,
    programme_year varchar(64)  not null,
    payee_kind     varchar(20)  not null,
    payee_id       varchar(200) not null,
    participant_id varchar(64)
);
create index claim_payee_by_year on claim_payee (programme_year);

create table employer_rate (
    programme_year     varchar(64)   not null,
    employer           varchar(200)  not null,
    hourly_salary_cost numeric(10,2) not null,
    primary key (programme_year, employer)
);
