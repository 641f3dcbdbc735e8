-- How many times the register was asked for a person (an enrolment, a mentor, a payee, by address): more than once
-- means someone besides the first enrolment knows them, and a coordinator may no longer be handed the link that acts
-- as them. Persons registered before this change count as often as they have enrolments (at least once).
alter table person add column registrations integer not null default 1;
update person p set registrations = greatest(1, (select count(*) from enrolment_contact c
                                                 where c.person_id = p.person_id));
