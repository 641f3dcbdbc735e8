package fi.verme.groups.projection;

import fi.verme.enrolment.api.InvalidInputException;
import fi.verme.enrolment.api.ProgrammeYear;
import fi.verme.groups.api.AnswerSurvey;
import fi.verme.groups.api.FindSurvey;
import fi.verme.groups.api.FindSurveyFreeTexts;
import fi.verme.groups.api.FindSurveyResults;
import fi.verme.groups.api.ListSurveys;
import fi.verme.groups.api.SurveyDefined;
import fi.verme.groups.api.SurveyException;
import fi.verme.groups.api.SurveyResultsView;
import fi.verme.groups.api.SurveyResultsView.GroupSlice;
import fi.verme.groups.api.SurveyResultsView.Slice;
import fi.verme.groups.api.SurveyView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Surveys, their anonymous answers and the results. An answer is stored with its group only (for the
 * per-group results), apart from the record that the enrolment has answered; neither is an event.
 */
@Component
@ProcessingGroup("groups-surveys")
class SurveyBook {

    static final int MINIMUM_RESPONDENTS = 5;
    static final int MAX_FREE_TEXT = 2000;

    private final JdbcTemplate jdbc;

    SurveyBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SurveyDefined event) {
        jdbc.update("""
                insert into groups.survey (survey_id, programme_year, statements, free_text_question)
                values (?, ?, ?, ?) on conflict do nothing""",
                event.surveyId(), event.programmeYear().id(), event.statements().toArray(String[]::new),
                event.freeTextQuestion());
    }

    @CommandHandler
    void handle(AnswerSurvey command) {
        var survey = find(new FindSurvey(command.surveyId())).orElseThrow(() -> new SurveyException(
                "survey-not-found", "No survey " + command.surveyId()));
        var group = jdbc.queryForList("""
                select m.group_id from groups.membership m
                where m.enrolment_id = ? and m.group_completed and m.programme_year = ?""",
                String.class, command.enrolmentId(), survey.programmeYear().id()).stream().findFirst()
                .orElseThrow(() -> new SurveyException("survey-not-open",
                        "The survey opens when your group completes its year"));
        var scores = command.scores() == null ? List.<Integer>of() : command.scores();
        if (scores.size() != survey.statements().size() || scores.stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new InvalidInputException("scores", survey.statements().size()
                    + " answers, one per statement, each 1 (disagree) to 5 (agree)");
        }
        var freeText = command.freeText() == null || command.freeText().isBlank() ? null : command.freeText().strip();
        if (freeText != null && (survey.freeTextQuestion() == null || freeText.length() > MAX_FREE_TEXT)) {
            throw new InvalidInputException("freeText", survey.freeTextQuestion() == null
                    ? "nothing: this survey asks no free-text question" : "at most " + MAX_FREE_TEXT + " characters");
        }
        if (!jdbc.queryForList("select 1 from groups.survey_respondent where survey_id = ? and enrolment_id = ?",
                Integer.class, command.surveyId(), command.enrolmentId()).isEmpty()) {
            throw new SurveyException("survey-already-answered", "You have answered this survey already");
        }
        jdbc.update("insert into groups.survey_respondent (survey_id, enrolment_id) values (?, ?)",
                command.surveyId(), command.enrolmentId());
        jdbc.update("""
                insert into groups.survey_answer (answer_id, survey_id, group_id, scores, free_text)
                values (?, ?, ?, ?, ?)""",
                UUID.randomUUID().toString(), command.surveyId(), group, scores.toArray(Integer[]::new), freeText);
    }

    @QueryHandler
    Optional<SurveyView> find(FindSurvey query) {
        return jdbc.query("select * from groups.survey where survey_id = ?", (rs, row) -> view(rs), query.surveyId())
                .stream().findFirst();
    }

    @QueryHandler
    List<SurveyView> list(ListSurveys query) {
        return jdbc.query("select * from groups.survey where programme_year = ? order by survey_id",
                (rs, row) -> view(rs), query.programmeYear().id());
    }

    @QueryHandler
    Optional<SurveyResultsView> results(FindSurveyResults query) {
        return find(new FindSurvey(query.surveyId())).map(survey -> {
            var byGroup = new LinkedHashMap<String, List<Integer[]>>();
            var all = new ArrayList<Integer[]>();
            jdbc.query("select group_id, scores from groups.survey_answer where survey_id = ? order by group_id",
                    rs -> {
                        var scores = (Integer[]) rs.getArray(2).getArray();
                        all.add(scores);
                        byGroup.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(scores);
                    }, query.surveyId());
            var groups = byGroup.entrySet().stream().map(e -> new GroupSlice(e.getKey(), jdbc.queryForList(
                    "select name from groups.group_view where group_id = ?", String.class, e.getKey()).stream()
                    .findFirst().orElse(null), slice(survey.statements(), e.getValue()))).toList();
            return new SurveyResultsView(survey.surveyId(), survey.programmeYear(), MINIMUM_RESPONDENTS,
                    slice(survey.statements(), all), groups);
        });
    }

    @QueryHandler
    List<String> freeTexts(FindSurveyFreeTexts query) {
        Integer answers = jdbc.queryForObject("select count(*) from groups.survey_answer where survey_id = ?",
                Integer.class, query.surveyId());
        if (answers == null || answers < MINIMUM_RESPONDENTS) {
            return List.of();
        }
        return jdbc.queryForList("""
                select free_text from groups.survey_answer where survey_id = ? and free_text is not null
                order by free_text""", String.class, query.surveyId());
    }

    private static Slice slice(List<String> statements, List<Integer[]> answers) {
        boolean shown = answers.size() >= MINIMUM_RESPONDENTS;
        if (!shown) {
            return new Slice(answers.size(), false, List.of());
        }
        var results = new ArrayList<SurveyResultsView.Statement>();
        for (int i = 0; i < statements.size(); i++) {
            int[] distribution = new int[5];
            for (var answer : answers) {
                distribution[answer[i] - 1]++;
            }
            int agree = distribution[3] + distribution[4];
            results.add(new SurveyResultsView.Statement(statements.get(i), answers.size(),
                    Arrays.stream(distribution).boxed().toList(), BigDecimal.valueOf(agree * 100L)
                    .divide(BigDecimal.valueOf(answers.size()), 0, RoundingMode.HALF_UP).doubleValue()));
        }
        return new Slice(answers.size(), true, results);
    }

    private static SurveyView view(ResultSet rs) throws SQLException {
        return new SurveyView(rs.getString("survey_id"), ProgrammeYear.fromId(rs.getString("programme_year")),
                Arrays.asList((String[]) rs.getArray("statements").getArray()), rs.getString("free_text_question"));
    }
}
