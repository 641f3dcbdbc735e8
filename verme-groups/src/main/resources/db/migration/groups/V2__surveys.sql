-- End-of-year feedback surveys. Who has answered and what was answered are kept apart, with nothing
-- (no person, no time) that links an answer to its respondent.
create table survey (
    survey_id          varchar(64)  primary key,
    programme_year     varchar(64)  not null,
    statements         text[]       not null,
    free_text_question varchar(300)
);
create index survey_by_year on survey (programme_year);

create table survey_respondent (
    survey_id    varchar(64) not null,
    enrolment_id varchar(64) not null,
    primary key (survey_id, enrolment_id)
);

create table survey_answer (
    answer_id varchar(64) primary key,
    survey_id varchar(64) not null,
    group_id  varchar(64) not null,
    scores    integer[]   not null,
    free_text text
);
create index survey_answer_by_survey on survey_answer (survey_id, group_id);
