-- Links that act once: a link confirming a new e-mail address confirms one change, however often it is opened in its
-- 48 hours (a replay after the person changed their address back must not take it again). Only the link's SHA-256
-- digest is kept, not the link (which names the address), and only until the link has expired.
create table spent_link (
    link_digest bytea       primary key,
    expires_at  timestamptz not null
);
create index spent_link_expires_at on spent_link (expires_at);
