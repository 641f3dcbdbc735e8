-- What a calendar needs to apply a change to an entry it already has (RFC 5545): the entry's SEQUENCE, raised
-- by every change of its time, place or status, and when it last changed (LAST-MODIFIED), the change's event time.
-- last_change is the calendar's event sequence number of the latest change applied, so that an event handled
-- twice changes nothing twice. Rows written before this are filled in by a rebuild of the view; until then
-- they count as never changed.
alter table meeting_view add column sequence integer not null default 0;
alter table meeting_view add column last_modified timestamptz;
alter table meeting_view add column last_change bigint not null default -1;
