-- How each organiser's payroll system wants its file (finance's settings; names nobody), and the employee numbers
-- of its payees in that system (personal data: kept here, never in events, deleted when the person is erased).
create table payroll_profile (
    organiser  varchar(64) primary key,
    profile    jsonb       not null,
    updated_at timestamptz not null
);

create table payroll_number (
    organiser       varchar(64) not null,
    payee_kind      varchar(16) not null,
    payee_id        varchar(200) not null,
    employee_number varchar(32) not null,
    primary key (organiser, payee_kind, payee_id)
);
