-- Answers wait here until they are released to survey_answer in a shuffled batch. Like survey_answer, a
-- waiting answer names no respondent and no time; it is written in a transaction of its own, apart from
-- the record that its respondent has answered, and every answer waiting for a survey is rewritten in
-- shuffled order with each new one, so that no transaction id, position or time links it to that record.
create table survey_answer_pending (
    answer_id varchar(64) primary key,
    survey_id varchar(64) not null,
    group_id  varchar(64) not null,
    scores    integer[]   not null,
    free_text text
);
create index survey_answer_pending_by_survey on survey_answer_pending (survey_id);
