-- A commit claims its import before it sends anything, so that two commits at once cannot both send the rows and
-- record different outcomes: the second is refused. A claim older than ten minutes (a crash mid-commit) lapses.
alter table enrolment_import add column committing_since timestamptz;
