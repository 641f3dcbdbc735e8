-- What a calendar needs to apply a change to an entry it already has (RFC 5545): the latest change's sequence
-- number in the group's calendar (its events' own numbers, so the feed and the e-mails' attachments agree; it
-- only grows) as the entry's SEQUENCE, and that change's time as LAST-MODIFIED. An event handled twice changes
-- nothing twice. Rows written before this are filled in by a rebuild of the view; until then they count as
-- never changed.
alter table meeting_view add column last_modified timestamptz;
alter table meeting_view add column last_change bigint not null default -1;
