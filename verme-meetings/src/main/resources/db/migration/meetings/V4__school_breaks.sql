-- The organiser's school breaks of each programme year (SchoolBreaksSet), which meeting series skip.
create table school_break (
    programme_year varchar(64)  not null,
    first_day      date         not null,
    last_day       date         not null,
    name           varchar(80)  not null,
    primary key (programme_year, first_day)
);
