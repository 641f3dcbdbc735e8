package fi.verme.groups.application;

import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.AnswerSurvey;
import fi.verme.groups.api.SurveyNotFoundException;
import fi.verme.groups.domain.AnswerPool;
import fi.verme.groups.domain.DefinedSurveys;
import fi.verme.groups.domain.SurveyAnswer;
import fi.verme.groups.domain.SurveyRules;
import fi.verme.shared.ProgrammeYear;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answering a survey: {@link SurveyRules} decide, and this stores the anonymous answer apart from the record
 * that the enrolment has answered; neither is an event.
 * <p>
 * No database field joins an answer to its respondent. The respondent is recorded in the command's
 * transaction; the answer only after that commits, in a transaction of its own, into the {@link AnswerPool}
 * ({@code survey_answer_pending}), which that transaction rewrites whole, in shuffled order and with fresh
 * random ids, so every waiting answer carries that transaction's id; the answers the pool releases move to
 * {@code survey_answer} in shuffled order. Neither table has a time, a person or an order of arrival: a
 * transaction id, a position on disk or an id narrows an answer down to at least a pool's batch (or, before
 * that many have answered, all of them). The price: an answer is lost if the server stops between the two
 * transactions (the respondent is then recorded and cannot answer again); it is never counted twice.
 */
@Component
class SurveyAnswering {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyAnswering.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final DefinedSurveys surveys;
    private final TransactionTemplate separateTransaction;
    private final QueryGateway queries;

    SurveyAnswering(JdbcTemplate jdbc, DefinedSurveys surveys, PlatformTransactionManager transactions,
                    QueryGateway queries) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.queries = queries;
    }

    @CommandHandler
    void handle(AnswerSurvey command) {
        var survey = surveys.find(command.surveyId())
                .orElseThrow(() -> new SurveyNotFoundException(command.surveyId()));
        var answer = SurveyRules.answer(survey, new Respondent(command.surveyId(), command.enrolmentId()),
                command.scores(), command.freeText());
        jdbc.update("insert into groups.survey_respondent (survey_id, enrolment_id) values (?, ?)",
                command.surveyId(), command.enrolmentId());
        var afterRespondent = (Runnable) () -> pool(command.surveyId(), answer);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> afterRespondent.run());
        } else {
            afterRespondent.run();
        }
    }

    /** The one answering, as the rules ask about them: from the candidates lookup and the person register. */
    private final class Respondent implements SurveyRules.Respondent {

        private final String surveyId;
        private final String enrolmentId;

        Respondent(String surveyId, String enrolmentId) {
            this.surveyId = surveyId;
            this.enrolmentId = enrolmentId;
        }

        @Override
        public Optional<String> completedGroupIn(ProgrammeYear programmeYear) {
            return jdbc.queryForList("""
                    select m.group_id from groups.membership m
                    where m.enrolment_id = ? and m.group_completed and m.programme_year = ?""",
                    String.class, enrolmentId, programmeYear.id()).stream().findFirst();
        }

        @Override
        public boolean hasAnswered() {
            return !jdbc.queryForList("select 1 from groups.survey_respondent where survey_id = ? and enrolment_id = ?",
                    Integer.class, surveyId, enrolmentId).isEmpty();
        }

        @Override
        public boolean isErased() {
            var persons = jdbc.queryForList("select person_id from groups.candidate where enrolment_id = ?",
                    String.class, enrolmentId);
            if (persons.isEmpty()) {
                return false;
            }
            List<PersonView> found = queries.query(new FindPersons(persons),
                    ResponseTypes.multipleInstancesOf(PersonView.class)).join();
            return found.isEmpty();
        }
    }

    /**
     * Adds the answer to the survey's pool in a new transaction: the pool is rewritten whole, and what it
     * releases moves to the answers. One survey's pool is changed by one transaction at a time.
     */
    private void pool(String surveyId, SurveyAnswer answer) {
        try {
            separateTransaction.executeWithoutResult(status -> {
                jdbc.queryForList("""
                        select pg_advisory_xact_lock(hashtext('groups.survey_answer_pending'), hashtext(?))""",
                        surveyId);
                var waiting = jdbc.query("""
                        select group_id, scores, free_text from groups.survey_answer_pending where survey_id = ?""",
                        (rs, row) -> new SurveyAnswer(rs.getString(1),
                                Arrays.asList((Integer[]) rs.getArray(2).getArray()), rs.getString(3)), surveyId);
                jdbc.update("delete from groups.survey_answer_pending where survey_id = ?", surveyId);
                var admitted = AnswerPool.admit(waiting, answer, RANDOM);
                admitted.released().forEach(each -> insert("groups.survey_answer", surveyId, each));
                admitted.waiting().forEach(each -> insert("groups.survey_answer_pending", surveyId, each));
            });
        } catch (RuntimeException e) {
            // The respondent is recorded already; saying more would only name the survey's answerer.
            LOG.error("A survey answer to {} could not be stored: {}", surveyId, e.toString());
            throw e;
        }
    }

    private void insert(String table, String surveyId, SurveyAnswer answer) {
        jdbc.update("insert into " + table + " (answer_id, survey_id, group_id, scores, free_text)"
                        + " values (?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), surveyId, answer.groupId(), answer.scores().toArray(Integer[]::new),
                answer.freeText());
    }
}
