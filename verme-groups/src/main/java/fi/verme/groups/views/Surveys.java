package fi.verme.groups.views;

import fi.verme.groups.api.FindSurvey;
import fi.verme.groups.api.FindSurveyFreeTexts;
import fi.verme.groups.api.FindSurveyResults;
import fi.verme.groups.api.ListSurveys;
import fi.verme.groups.api.SurveyResultsView.GroupSlice;
import fi.verme.groups.api.SurveyResultsView.Slice;
import fi.verme.groups.api.SurveyResultsView;
import fi.verme.groups.api.SurveyView;
import fi.verme.groups.domain.SurveyDisclosure;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A programme year's surveys and their results: per statement, how the answers spread over the scale and
 * the share who agree, for the whole year and per group. Answers are counted also while they wait in the
 * pool. A slice of fewer than {@value #MINIMUM_RESPONDENTS} answers shows only its count, a group whose figures
 * would give away a hidden group's by subtraction from the year's shows only its count too ({@link SurveyDisclosure}),
 * and free texts show only once that many have answered, so that no answer can be told to be someone's.
 */
@Component
class Surveys {

    static final int MINIMUM_RESPONDENTS = 5;

    private final JdbcTemplate jdbc;

    Surveys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
            var names = groupNames(byGroup.keySet());
            var respondents = new LinkedHashMap<String, Integer>();
            byGroup.forEach((group, answers) -> respondents.put(group, answers.size()));
            var hidden = SurveyDisclosure.hiddenGroups(respondents, MINIMUM_RESPONDENTS);
            var groups = byGroup.entrySet().stream().map(e -> new GroupSlice(e.getKey(), names.get(e.getKey()),
                    slice(survey.statements(), e.getValue(), hidden.get(e.getKey())))).toList();
            return new SurveyResultsView(survey.surveyId(), survey.programmeYear(), MINIMUM_RESPONDENTS,
                    slice(survey.statements(), all, all.size() < MINIMUM_RESPONDENTS
                            ? SurveyResultsView.Hidden.TOO_FEW_RESPONDENTS : null), groups);
        });
    }

    /** The groups' names, read once for all of them. */
    private Map<String, String> groupNames(Collection<String> groupIds) {
        var names = new HashMap<String, String>();
        jdbc.query("select group_id, name from groups.group_view where group_id = any(?)",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, (Object) groupIds.toArray(String[]::new));
        return names;
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

    /** A slice's figures, or only its count when it is {@code hidden}. */
    private static Slice slice(List<String> statements, List<Integer[]> answers, SurveyResultsView.Hidden hidden) {
        if (hidden != null) {
            return new Slice(answers.size(), false, hidden, List.of());
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
        return new Slice(answers.size(), true, null, results);
    }

    private static SurveyView view(ResultSet rs) throws SQLException {
        return new SurveyView(rs.getString("survey_id"), ProgrammeYear.fromId(rs.getString("programme_year")),
                Arrays.asList((String[]) rs.getArray("statements").getArray()), rs.getString("free_text_question"));
    }
}
