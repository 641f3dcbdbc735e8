-- The last new e-mail address each person confirmed through a link, and by which link (its SHA-256 digest, not the
-- link, which names the address): a confirmation link sent before it no longer applies, so that a link cannot be
-- replayed after the address changed back, nor a link to a mistyped address confirmed after the right one. Kept
-- 48 hours, as long as such a link is valid; deleted with the person.
create table email_confirmation (
    person_id    varchar(64) primary key,
    link_digest  varchar(64) not null,
    confirmed_at timestamptz not null
);
create index email_confirmation_confirmed_at on email_confirmation (confirmed_at);
