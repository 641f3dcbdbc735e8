-- The day a group started: no meeting of it can be held before. Unknown (null) for groups started
-- before this column existed, which the rule then leaves alone.
alter table group_fact add column started_on date;
