-- Each organiser's privacy notice (GDPR Article 13: the controller, the purposes, how long data is kept, the
-- person's rights), which its coordinators write in Finnish and, if they wish, Swedish and English. The public
-- form of an organiser without one is not published. Configuration, like the organisers' register.
create table privacy_notice (
    organiser  varchar(40)  primary key,
    text_fi    text         not null,
    text_sv    text,
    text_en    text,
    changed_at timestamptz  not null default now(),
    changed_by varchar(64)  not null
);
