-- What an approved line counted when approved (fee hours, substitute days), so that a paid period's payroll file
-- keeps its quantities after the rules change. Null for lines approved before it was kept: they are read at the
-- current rules' quantity, as they always were.
alter table approved_line add column quantity numeric;
