package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The feedback survey: personal links when groups complete, anonymous answers, results with the at-least-5 rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyApiTest {

    static final Pattern LINK = Pattern.compile("/#/kysely/(\\S+)");

    @LocalServerPort
    int port;

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

        var outbox = api.get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR).json();
        var links = new ArrayList<String>();
        outbox.forEach(message -> {
            if (message.get("kind").asText().equals("survey-open")) {
                var found = LINK.matcher(message.get("body").asText());
                assertThat(found.find()).isTrue();
                links.add("/api/surveys/answers/" + found.group(1));
            }
        });
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
                assertThat(group.get("results").get("statements")).isEmpty();
            } else {
                assertThat(group.get("groupId").asText()).isEqualTo(big);
                assertThat(group.get("results").get("shown").asBoolean()).isTrue();
            }
        }
        assertThat(api.get(path(organiser) + "/surveys/" + surveyId + "/free-texts").json())
                .extracting(t -> t.asText()).containsExactly("Paras koulutus vuosiin");
    }
}
