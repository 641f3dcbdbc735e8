-- The outbox's sender claims the oldest due message, one at a time: in this order, from the pending ones alone,
-- without sorting every pending message for each claim when many wait (after a mass mailing, or an outage).
create index outbox_pending_in_order on outbox (created_at, message_id) where status = 'PENDING';
