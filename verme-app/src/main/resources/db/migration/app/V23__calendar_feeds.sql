-- Each person's calendar feed: a random secret in the feed's address, kept only as its SHA-256, so that the
-- table cannot be read back into working addresses; one per person, replaced when the person renews it (the old
-- address then finds nothing), and deleted with the person (erasure.PersonErasure).
create table calendar_feed (
    person_id   varchar(64) primary key,
    secret_hash bytea       not null unique,
    created_at  timestamptz not null
);
