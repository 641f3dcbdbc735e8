package fi.verme.groups.lookups;

import fi.verme.enrolment.api.PersonErased;
import fi.verme.groups.api.ListSurveyRespondents;
import fi.verme.groups.api.SurveyDefined;
import fi.verme.groups.api.SurveyView;
import fi.verme.groups.domain.DefinedSurveys;
import fi.verme.shared.ProgrammeYear;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The surveys defined, kept in the transaction that defines them, as answering consults them; and an erased
 * person's enrolments lose the record of having answered (their answers were never theirs), in the
 * transaction of the erasure. Who has answered is told for the reminders.
 */
@Component
@ProcessingGroup(SurveyLookup.PROCESSING_GROUP)
class SurveyLookup implements DefinedSurveys {

    static final String PROCESSING_GROUP = "groups-surveys";

    private final JdbcTemplate jdbc;

    SurveyLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonErased event) {
        jdbc.update("""
                delete from groups.survey_respondent where enrolment_id in
                    (select enrolment_id from groups.candidate where person_id = ?)""", event.personId());
    }

    @EventHandler
    void on(SurveyDefined event) {
        jdbc.update("""
                insert into groups.survey (survey_id, programme_year, statements, free_text_question)
                values (?, ?, ?, ?) on conflict do nothing""",
                event.surveyId(), event.programmeYear().id(), event.statements().toArray(String[]::new),
                event.freeTextQuestion());
    }

    @Override
    public Optional<SurveyView> find(String surveyId) {
        return jdbc.query("""
                select survey_id, programme_year, statements, free_text_question from groups.survey
                where survey_id = ?""",
                (rs, row) -> new SurveyView(rs.getString(1), ProgrammeYear.fromId(rs.getString(2)),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getString(4)),
                surveyId).stream().findFirst();
    }

    @Override
    public Optional<String> surveyOf(ProgrammeYear programmeYear) {
        return jdbc.queryForList("select survey_id from groups.survey where programme_year = ? order by survey_id",
                String.class, programmeYear.id()).stream().findFirst();
    }

    @QueryHandler
    List<String> respondents(ListSurveyRespondents query) {
        return jdbc.queryForList("""
                select enrolment_id from groups.survey_respondent
                where survey_id = ? and enrolment_id = any(?::varchar[])""", String.class,
                query.surveyId(), query.enrolmentIds().toArray(String[]::new));
    }
}
