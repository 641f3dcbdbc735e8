-- The organiser a mentor belongs to (MentorRegistered revision 2). Null for mentors registered before:
-- legacy mentors, shared by all organisers, whose details only a coordinator of all organisers changes.
alter table mentor add column organiser varchar(64);
