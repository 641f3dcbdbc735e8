-- A commit claims its mentor import before it registers anyone, so that two commits at once cannot both register
-- the rows and record different outcomes: the second is refused. A claim older than ten minutes (a crash) lapses.
alter table mentor_import add column committing_since timestamptz;
