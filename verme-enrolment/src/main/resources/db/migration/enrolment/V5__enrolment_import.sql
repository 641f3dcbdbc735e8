-- A coordinator's import of enrolments from a spreadsheet or a form tool's export (EnrolmentImports): who uploaded
-- which file (its SHA-256), how its columns are mapped, and, after the commit, what became of each row. The file's
-- own rows (names, addresses) are kept only while the import waits to be committed: the commit, seven days'
-- wait and the erasure of a person named in them remove them (file_rows and email_keys become null).
create table enrolment_import (
    import_id        varchar(64)  primary key,
    programme_year   varchar(64)  not null,
    file_name        varchar(255) not null,
    file_sha256      char(64)     not null,
    uploaded_by      varchar(200) not null,
    uploaded_at      timestamptz  not null,
    header           jsonb        not null,
    mapping          jsonb        not null,
    file_rows        jsonb,
    email_keys       text[],
    committed_by     varchar(200),
    committed_at     timestamptz,
    outcomes         jsonb,
    discarded_at     timestamptz,
    discarded_reason varchar(20)
);
create index enrolment_import_by_year on enrolment_import (programme_year, uploaded_at);
create index enrolment_import_pending on enrolment_import (uploaded_at) where file_rows is not null;
