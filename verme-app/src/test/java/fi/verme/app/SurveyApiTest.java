package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feedback survey: personal links when groups complete, anonymous answers, results with the at-least-5 rule,
 * which no subtraction of the shown groups from the year gets around.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyApiTest {


    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Starts and completes a group of {@code size} new members. */
    private String completedGroup(Api api, String organiser, String mentorId, String prefix, int size) {
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 8);
        for (int i = 0; i < size; i++) {
            var enrolment = Programmes.enrol(api, organiser, prefix + i, List.of("UUDET"), "Koulu " + i);
            api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment));
        }
        api.post("/api/groups/" + group + "/start", Map.of());
        assertThat(api.post("/api/groups/" + group + "/complete", Map.of()).status()).isEqualTo(200);
        return group;
    }

    @Test
    void participantsAnswerOnceAnonymouslyAndResultsHideSmallGroups() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Kysely", "kysely." + organiser + "@example.fi");
        var big = completedGroup(api, organiser, mentorId, "Iso", 6);
        var small = completedGroup(api, organiser, mentorId, "Pieni", 3);

        var defined = api.post(path(organiser) + "/surveys", Map.of("statements",
                List.of("Sain ryhmästä tukea työhöni", "Suosittelisin vermeä kollegalle"),
                "freeTextQuestion", "Mitä muuta haluat sanoa?"));
        assertThat(defined.status()).as(defined.raw().body()).isEqualTo(201);
        var surveyId = defined.json().get("surveyId").asText();

        // One survey a year: a second would send every member of a completed group a second invitation.
        var events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        var second = api.post(path(organiser) + "/surveys", Map.of("statements", List.of("Toinen kysely")));
        assertThat(second.status()).as(second.raw().body()).isEqualTo(409);
        assertThat(second.json().get("type").asText()).isEqualTo("urn:verme:problem:survey-already-defined");
        assertThat(second.json().get("surveyId").asText()).isEqualTo(surveyId);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);

        var programmeId = organiser + "/" + Programmes.SCHOOL_YEAR;
        var links = Programmes.surveyLinks(jdbc, programmeId, null);
        assertThat(links).as("one invitation per member").hasSize(9);
        // The coordinator reads the outbox, but cannot answer in a member's name: the tokens are not shown.
        var outbox = api.get("/api/admin/outbox?programme=" + programmeId).raw().body();
        assertThat(outbox).contains("/#/kysely/…");
        links.forEach(link -> assertThat(outbox).doesNotContain(link.substring(link.lastIndexOf('/') + 1)));
        assertThat(links).hasSize(9);

        var anonymous = Api.anonymous(port);
        var form = anonymous.get(links.get(0));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("statements")).hasSize(2);
        for (int i = 0; i < links.size(); i++) {
            // the first two agree with everything, the rest agree only with the second statement
            var scores = i < 2 ? List.of(5, 4) : List.of(2, 4);
            var body = i == 0 ? Map.of("scores", scores, "freeText", "Paras koulutus vuosiin")
                    : Map.<String, Object>of("scores", scores);
            var answered = anonymous.post(links.get(i), body);
            assertThat(answered.status()).as(answered.raw().body()).isEqualTo(201);
        }
        var twice = anonymous.post(links.get(0), Map.of("scores", List.of(1, 1)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asText()).isEqualTo("urn:verme:problem:survey-already-answered");
        var tampered = anonymous.post(links.get(1) + "x", Map.of("scores", List.of(1, 1)));
        assertThat(tampered.status()).isEqualTo(403);
        var wrongCount = anonymous.post(links.get(2), Map.of("scores", List.of(3)));
        assertThat(wrongCount.status()).isIn(400, 409);

        var results = api.get(path(organiser) + "/surveys/" + surveyId + "/results").json();
        var programme = results.get("programme");
        assertThat(programme.get("respondents").asInt()).isEqualTo(9);
        assertThat(programme.get("shown").asBoolean()).isTrue();
        var first = programme.get("statements").get(0);
        assertThat(first.get("n").asInt()).isEqualTo(9);
        assertThat(first.get("agreePercent").asDouble()).isEqualTo(22.0); // 2 of 9
        assertThat(programme.get("statements").get(1).get("agreePercent").asDouble()).isEqualTo(100.0);
        for (var group : results.get("groups")) {
            if (group.get("groupId").asText().equals(small)) {
                assertThat(group.get("results").get("respondents").asInt()).isEqualTo(3);
                assertThat(group.get("results").get("shown").asBoolean()).isFalse();
                assertThat(group.get("results").get("hiddenBecause").asText()).isEqualTo("TOO_FEW_RESPONDENTS");
                assertThat(group.get("results").get("statements")).isEmpty();
            } else {
                // Shown, the big group's figures subtracted from the year's would be the small group's.
                assertThat(group.get("groupId").asText()).isEqualTo(big);
                assertThat(group.get("results").get("respondents").asInt()).isEqualTo(6);
                assertThat(group.get("results").get("shown").asBoolean()).isFalse();
                assertThat(group.get("results").get("hiddenBecause").asText()).isEqualTo("PROTECTS_ANOTHER_GROUP");
            }
        }
        assertThat(api.get(path(organiser) + "/surveys/" + surveyId + "/free-texts").json())
                .extracting(t -> t.asText()).containsExactly("Paras koulutus vuosiin");
    }

    /**
     * The subtraction an interested reader would try: the year's distribution minus the distributions of the groups
     * shown. With only the small group hidden it would be exactly that group's three answers; the results hide the
     * smallest shown group as well, so what the subtraction gives mixes at least five answers of two groups, and is
     * not the small group's.
     */
    @Test
    void theYearMinusTheShownGroupsNeverGivesAHiddenGroupsAnswers() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Vahennys", "vahennys." + organiser + "@example.fi");
        var sizes = Map.of("Iso", 7, "Keski", 6, "Pieni", 3);
        var groups = new java.util.HashMap<String, String>();
        sizes.forEach((prefix, size) -> groups.put(prefix, completedGroup(api, organiser, mentorId, prefix, size)));
        var surveyId = api.post(path(organiser) + "/surveys", Map.of("statements",
                List.of("Sain ryhmästä tukea työhöni", "Suosittelisin vermeä kollegalle"))).json().get("surveyId").asText();

        // Each group answers in its own way, the small one unlike the others: 1 and 2 against 4s and 5s.
        var scores = Map.of("Iso", List.of(5, 4), "Keski", List.of(4, 5), "Pieni", List.of(1, 2));
        var anonymous = Api.anonymous(port);
        sizes.forEach((prefix, size) -> {
            for (int i = 0; i < size; i++) {
                var recipient = (prefix + i).toLowerCase() + "." + organiser + "@example.fi";
                var links = Programmes.surveyLinks(jdbc, organiser + "/" + Programmes.SCHOOL_YEAR, recipient);
                assertThat(links).as(recipient).hasSize(1);
                assertThat(anonymous.post(links.get(0), Map.of("scores", scores.get(prefix))).status()).isEqualTo(201);
            }
        });

        var results = api.get(path(organiser) + "/surveys/" + surveyId + "/results").json();
        int minimum = results.get("minimumRespondents").asInt();
        var year = results.get("programme");
        assertThat(year.get("shown").asBoolean()).isTrue();
        int[][] remainder = distributions(year);
        int remainderRespondents = year.get("respondents").asInt();
        var hidden = new java.util.HashMap<String, String>();
        for (var group : results.get("groups")) {
            var slice = group.get("results");
            if (slice.get("shown").asBoolean()) {
                int[][] shown = distributions(slice);
                for (int s = 0; s < remainder.length; s++) {
                    for (int score = 0; score < 5; score++) {
                        remainder[s][score] -= shown[s][score];
                    }
                }
                remainderRespondents -= slice.get("respondents").asInt();
            } else {
                hidden.put(group.get("groupId").asText(), slice.get("hiddenBecause").asText());
            }
        }
        assertThat(hidden).containsExactlyInAnyOrderEntriesOf(Map.of(groups.get("Pieni"), "TOO_FEW_RESPONDENTS",
                groups.get("Keski"), "PROTECTS_ANOTHER_GROUP"));
        assertThat(remainderRespondents).as("answers the subtraction leaves").isGreaterThanOrEqualTo(minimum);
        int[][] smallGroupsOwn = {{3, 0, 0, 0, 0}, {0, 3, 0, 0, 0}};
        assertThat(remainder).as("the year minus the shown groups").isNotEqualTo(smallGroupsOwn)
                .isEqualTo(new int[][] {{3, 0, 0, 6, 0}, {0, 3, 0, 0, 6}});
    }

    /** Per statement, how many answered 1 to 5. */
    private static int[][] distributions(JsonNode slice) {
        var statements = slice.get("statements");
        int[][] distributions = new int[statements.size()][5];
        for (int s = 0; s < statements.size(); s++) {
            for (int score = 0; score < 5; score++) {
                distributions[s][score] = statements.get(s).get("distribution").get(score).asInt();
            }
        }
        return distributions;
    }

    /**
     * Whoever reads the database sees who answered and what was answered, but nothing that joins the two:
     * no shared transaction id (xmin), no time, no respondent in an answer; every answer shares its
     * transaction id with at least 4 others, so the transaction next to a respondent's names no one answer.
     */
    @Test
    void surveyAnswersCannotBeJoinedToRespondents() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Salainen", "salainen." + organiser + "@example.fi");
        completedGroup(api, organiser, mentorId, "Eka", 6);
        completedGroup(api, organiser, mentorId, "Toka", 6);
        var surveyId = api.post(path(organiser) + "/surveys", Map.of("statements", List.of("Sain tukea")))
                .json().get("surveyId").asText();
        var anonymous = Api.anonymous(port);
        var answered = 0;
        for (var link : Programmes.surveyLinks(jdbc, organiser + "/" + Programmes.SCHOOL_YEAR, null)) {
            assertThat(anonymous.post(link, Map.of("scores", List.of(1 + answered % 5))).status()).isEqualTo(201);
            answered++;
        }
        assertThat(answered).isEqualTo(12);

        var respondentTransactions = jdbc.queryForList(
                "select xmin::text from groups.survey_respondent where survey_id = ?", String.class, surveyId);
        var answerTransactions = jdbc.queryForList("""
                select xmin::text from groups.survey_answer where survey_id = ?
                union all select xmin::text from groups.survey_answer_pending where survey_id = ?""",
                String.class, surveyId, surveyId);
        assertThat(respondentTransactions).hasSize(12);
        assertThat(answerTransactions).hasSize(12).doesNotContainAnyElementsOf(respondentTransactions);
        assertThat(answerTransactions.stream().collect(java.util.stream.Collectors.groupingBy(x -> x,
                java.util.stream.Collectors.counting())).values()).allSatisfy(shared -> assertThat(shared)
                .as("answers written in one transaction").isGreaterThanOrEqualTo(5L));
        for (var table : List.of("survey_answer", "survey_answer_pending")) {
            assertThat(jdbc.queryForList("""
                    select column_name from information_schema.columns where table_schema = 'groups'
                    and table_name = ?""", String.class, table)).as(table)
                    .containsExactlyInAnyOrder("answer_id", "survey_id", "group_id", "scores", "free_text");
        }
        assertThat(jdbc.queryForList("""
                select column_name from information_schema.columns where table_schema = 'groups'
                and table_name = 'survey_respondent'""", String.class))
                .containsExactlyInAnyOrder("survey_id", "enrolment_id");
        var results = api.get(path(organiser) + "/surveys/" + surveyId + "/results").json().get("programme");
        assertThat(results.get("respondents").asInt()).as("every answer counts, released or waiting").isEqualTo(12);
    }
}
