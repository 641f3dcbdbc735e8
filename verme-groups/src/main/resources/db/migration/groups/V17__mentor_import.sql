-- A coordinator's import of mentors from a spreadsheet (MentorImports), for one organiser: who uploaded which file
-- (its SHA-256), which field each column fills, and, after the commit, what became of each row. The file's own rows
-- (names, addresses) are kept only while the import waits to be committed: the commit, seven days' wait and the
-- erasure of a person named in them remove them (file_rows and email_keys become null). Numbered after V16_7, the
-- highest version an installation may already have applied here.
create table mentor_import (
    import_id        varchar(64)  primary key,
    organiser        varchar(64)  not null,
    file_name        varchar(255) not null,
    file_sha256      char(64)     not null,
    uploaded_by      varchar(200) not null,
    uploaded_at      timestamptz  not null,
    header           jsonb        not null,
    columns          jsonb        not null,
    file_rows        jsonb,
    email_keys       text[],
    committed_by     varchar(200),
    committed_at     timestamptz,
    outcomes         jsonb,
    discarded_at     timestamptz,
    discarded_reason varchar(20)
);
create index mentor_import_by_organiser on mentor_import (organiser, uploaded_at);
create index mentor_import_pending on mentor_import (uploaded_at) where file_rows is not null;
