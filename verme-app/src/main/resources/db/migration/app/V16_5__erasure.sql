-- Erasure reaches the outbox and the certificates (issue 16, item 5).

-- Whose message each is, so that erasing a person cancels what is still unsent to them and strips the
-- address, names and personal links from what was sent. An erased row keeps its kind, status and dates.
alter table outbox add column person_id varchar(64);
create index outbox_by_person on outbox (person_id);
alter table outbox alter column recipient_email drop not null;
alter table outbox alter column subject drop not null;
alter table outbox alter column body drop not null;

-- A certificate whose holder was erased keeps its code, kind and year, so that a check of the code says
-- it was erased rather than that it never existed; the holder's name and the figures are gone.
alter table certificate alter column holder drop not null;
alter table certificate add column holder_erased_at timestamptz;
