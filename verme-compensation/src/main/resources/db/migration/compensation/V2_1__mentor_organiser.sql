-- The organiser a mentor belongs to, from MentorRegistered revision 2. Mentors registered before
-- (revision 1) have none: their organising hours are paid only by an organiser whose group they lead.
alter table mentor add column organiser varchar(64);
