-- Certificate codes are derived from holder, programme year and kind, so a download writes nothing. This view
-- (CertificateCodes) maps each code that can be handed out back to whose it is; what a code certifies is read
-- from the modules when it is checked, so no name and no figure is kept here.
create table certificate_code (
    code           varchar(20) primary key,
    person_id      varchar(64) not null,
    programme_year varchar(64) not null,
    kind           varchar(20) not null,
    unique (person_id, programme_year, kind)
);

-- Codes handed out before were random and recorded by the download; they keep checking. Only what identifies
-- them stays: the holder's name and the figures as they were then go, since a check reads them as they are.
alter table certificate rename to earlier_certificate_code;
alter table earlier_certificate_code drop column holder, drop column summary, drop column issued_at,
    drop column holder_erased_at;
