-- The details typed into an enrolment form belong to that enrolment: anonymous input never rewrites
-- the person register. Written in the transaction of the submitting command, removed by erasure.
create table enrolment_contact (
    enrolment_id varchar(64)  primary key,
    person_id    varchar(64)  not null,
    first_name   varchar(100) not null,
    last_name    varchar(100) not null,
    email        varchar(320) not null,
    phone        varchar(40)
);
create index enrolment_contact_by_person on enrolment_contact (person_id);

-- Enrolments made before this change showed the register's details; they keep showing them.
insert into enrolment_contact (enrolment_id, person_id, first_name, last_name, email, phone)
select r.enrolment_id, r.person_id, p.first_name, p.last_name, p.email, p.phone
from roster_entry r join person p on p.person_id = r.person_id
on conflict (enrolment_id) do nothing;
