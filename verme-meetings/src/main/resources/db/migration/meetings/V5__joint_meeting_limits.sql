-- How many joint kickoffs and closings a group of each programme year may take part in (a lookup the group's
-- calendar consults, kept by a subscribing processor); a year without a row allows one of each.
create table joint_meeting_limit (
    programme_year varchar(64) primary key,
    kickoffs       int         not null check (kickoffs between 1 and 10),
    closings       int         not null check (closings between 1 and 10)
);
