-- A claim's place among its programme year's claims (the sequence number of its event in the year's claims), so
-- that a mentor's claims of one day are listed in the order they were made, also after a rebuild. Null for the
-- fees, and for claims kept before it until the ledger is next rebuilt: they keep the order of their ids.
alter table source add column claim_order bigint;
