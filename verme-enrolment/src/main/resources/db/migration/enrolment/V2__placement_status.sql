-- Placement and waiting list, as group placement reports them to the enrolment.
alter table roster_entry add column group_id varchar(64);
alter table roster_entry add column waitlist_reason varchar(40);
