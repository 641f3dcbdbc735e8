package fi.verme.groups.projection;

import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonErased;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.AnswerSurvey;
import fi.verme.groups.api.FindSurvey;
import fi.verme.groups.api.FindSurveyFreeTexts;
import fi.verme.groups.api.FindSurveyResults;
import fi.verme.groups.api.ListSurveys;
import fi.verme.groups.api.SurveyDefined;
import fi.verme.groups.api.SurveyAlreadyAnsweredException;
import fi.verme.groups.api.SurveyNotFoundException;
import fi.verme.groups.api.SurveyNotOpenException;
import fi.verme.groups.api.SurveyResultsView.GroupSlice;
import fi.verme.groups.api.SurveyResultsView.Slice;
import fi.verme.groups.api.SurveyResultsView;
import fi.verme.groups.api.SurveyView;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Surveys, their anonymous answers and the results. An answer is stored with its group only (for the
 * per-group results), apart from the record that the enrolment has answered; neither is an event.
 * <p>
 * No database field joins an answer to its respondent. The respondent is recorded in the command's
 * transaction; the answer only after that commits, in a transaction of its own, into a pool of waiting
 * answers ({@code survey_answer_pending}) that the same transaction rewrites whole, in shuffled order and
 * with fresh random ids, so every waiting answer carries that transaction's id. Once
 * {@value #POOL_RELEASE} answers wait, {@value #BATCH} of them, chosen at random, move to
 * {@code survey_answer} in shuffled order; at least {@value #BATCH} stay behind, so a new answer never waits
 * alone. Neither table has a time, a person or an order of arrival: a transaction id, a position on disk or
 * an id narrows an answer down to at least {@value #BATCH} (or, before that many have answered, all of them).
 * The price: an answer is lost if the server stops between the two transactions (the respondent is then
 * recorded and cannot answer again); it is never counted twice.
 */
@Component
@ProcessingGroup("groups-surveys")
class SurveyBook {

    static final int MINIMUM_RESPONDENTS = 5;
    static final int MAX_FREE_TEXT = 2000;
    /** How many answers leave the pool at a time, and how many at least stay in it. */
    static final int BATCH = 5;
    static final int POOL_RELEASE = 2 * BATCH;

    private static final Logger LOG = LoggerFactory.getLogger(SurveyBook.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final QueryGateway queries;

    SurveyBook(JdbcTemplate jdbc, PlatformTransactionManager transactions, QueryGateway queries) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.queries = queries;
    }

    /** An erased person's enrolments lose the record of having answered; their answers were never theirs. */
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

    @CommandHandler
    void handle(AnswerSurvey command) {
        var survey = find(new FindSurvey(command.surveyId())).orElseThrow(() -> new SurveyNotFoundException(command.surveyId()));
        var group = jdbc.queryForList("""
                select m.group_id from groups.membership m
                where m.enrolment_id = ? and m.group_completed and m.programme_year = ?""",
                String.class, command.enrolmentId(), survey.programmeYear().id()).stream().findFirst()
                .orElseThrow(SurveyNotOpenException::untilGroupCompletes);
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
            throw new SurveyAlreadyAnsweredException();
        }
        if (erased(command.enrolmentId())) {
            throw SurveyNotOpenException.personErased();
        }
        jdbc.update("insert into groups.survey_respondent (survey_id, enrolment_id) values (?, ?)",
                command.surveyId(), command.enrolmentId());
        var answer = new Answer(group, scores.toArray(Integer[]::new), freeText);
        var afterRespondent = (Runnable) () -> pool(command.surveyId(), answer);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> afterRespondent.run());
        } else {
            afterRespondent.run();
        }
    }

    private record Answer(String groupId, Integer[] scores, String freeText) {
    }

    /**
     * Adds the answer to the pool in a new transaction and rewrites the pool shuffled; releases a random
     * batch once the pool is large enough. One survey's pool is changed by one transaction at a time.
     */
    private void pool(String surveyId, Answer answer) {
        try {
            separateTransaction.executeWithoutResult(status -> {
                jdbc.queryForList("""
                        select pg_advisory_xact_lock(hashtext('groups.survey_answer_pending'), hashtext(?))""",
                        surveyId);
                var waiting = new ArrayList<Answer>(jdbc.query("""
                        select group_id, scores, free_text from groups.survey_answer_pending where survey_id = ?""",
                        (rs, row) -> new Answer(rs.getString(1), (Integer[]) rs.getArray(2).getArray(),
                                rs.getString(3)), surveyId));
                jdbc.update("delete from groups.survey_answer_pending where survey_id = ?", surveyId);
                waiting.add(answer);
                Collections.shuffle(waiting, RANDOM);
                int released = waiting.size() >= POOL_RELEASE ? BATCH : 0;
                for (int i = 0; i < waiting.size(); i++) {
                    var each = waiting.get(i);
                    jdbc.update("insert into groups." + (i < released ? "survey_answer" : "survey_answer_pending")
                                    + " (answer_id, survey_id, group_id, scores, free_text) values (?, ?, ?, ?, ?)",
                            UUID.randomUUID().toString(), surveyId, each.groupId(), each.scores(), each.freeText());
                }
            });
        } catch (RuntimeException e) {
            // The respondent is recorded already; saying more would only name the survey's answerer.
            LOG.error("A survey answer to {} could not be stored: {}", surveyId, e.toString());
            throw e;
        }
    }

    private boolean erased(String enrolmentId) {
        var persons = jdbc.queryForList("select person_id from groups.candidate where enrolment_id = ?",
                String.class, enrolmentId);
        if (persons.isEmpty()) {
            return false;
        }
        List<PersonView> found = queries.query(new FindPersons(persons),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join();
        return found.isEmpty();
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
            jdbc.query("""
                    select group_id, scores from groups.survey_answer where survey_id = ?
                    union all select group_id, scores from groups.survey_answer_pending where survey_id = ?
                    order by group_id""",
                    rs -> {
                        var scores = (Integer[]) rs.getArray(2).getArray();
                        all.add(scores);
                        byGroup.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(scores);
                    }, query.surveyId(), query.surveyId());
            var groups = byGroup.entrySet().stream().map(e -> new GroupSlice(e.getKey(), jdbc.queryForList(
                    "select name from groups.group_view where group_id = ?", String.class, e.getKey()).stream()
                    .findFirst().orElse(null), slice(survey.statements(), e.getValue()))).toList();
            return new SurveyResultsView(survey.surveyId(), survey.programmeYear(), MINIMUM_RESPONDENTS,
                    slice(survey.statements(), all), groups);
        });
    }

    @QueryHandler
    List<String> freeTexts(FindSurveyFreeTexts query) {
        Integer answers = jdbc.queryForObject("""
                select (select count(*) from groups.survey_answer where survey_id = ?)
                    + (select count(*) from groups.survey_answer_pending where survey_id = ?)""",
                Integer.class, query.surveyId(), query.surveyId());
        if (answers == null || answers < MINIMUM_RESPONDENTS) {
            return List.of();
        }
        return jdbc.queryForList("""
                select free_text from groups.survey_answer where survey_id = ? and free_text is not null
                union all
                select free_text from groups.survey_answer_pending where survey_id = ? and free_text is not null
                order by 1""", String.class, query.surveyId(), query.surveyId());
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
