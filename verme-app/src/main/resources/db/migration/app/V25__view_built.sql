-- Views kept in the writing transaction (issue 19): which of them has been built from the events, so that a view
-- new in a release is built from the first event when that release first starts.
create table view_built (
    view_name   varchar(200) primary key,
    built_at    timestamptz  not null
);
