package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.platform.web.ProjectionBarrier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Compensation end to end: rules, fees accruing from held meetings, claims, periods, CSV and a rebuild. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompensationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProjectionBarrier barrier;

    Api api;
    String organiser;
    String programme;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organiser = Programmes.freshOrganiser();
        programme = organiser + "/" + Programmes.SCHOOL_YEAR;
        Programmes.openCallOpenToday(api, organiser);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** A started group with its mentor and members; returns the group id and the members' person ids. */
    private record Group(String groupId, String mentorId, List<String> members) {
    }

    private Group startedGroup(String mentorName, int members) {
        var mentorId = mentor(api, mentorName, mentorName.toLowerCase() + "." + organiser + "@example.fi");
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 8);
        for (int i = 0; i < members; i++) {
            var enrolment = enrol(api, organiser, mentorName + "Member" + i, List.of("UUDET"), "Koulu " + i);
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment)).status())
                    .isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        var people = StreamSupport.stream(api.get("/api/groups/" + groupId).json().get("members").spliterator(), false)
                .map(m -> m.get("personId").asText()).toList();
        return new Group(groupId, mentorId, people);
    }

    private void holdMeetings(Group group, int count, int minutes, List<List<String>> attendance) {
        for (int i = 0; i < count; i++) {
            var scheduled = api.post("/api/groups/" + group.groupId() + "/meetings", Map.of("date",
                    Programmes.today().toString(), "startTime", "14:00", "plannedMinutes", minutes, "place", "Osake"));
            var meetingId = scheduled.json().get("meetingId").asText();
            var held = api.post("/api/meetings/" + meetingId + "/held", Map.of("durationMinutes", minutes,
                    "attendees", attendance.get(i)));
            assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
        }
    }

    private JsonNode compensation() {
        return api.get(path(organiser) + "/compensation").json();
    }

    private static JsonNode mentorOf(JsonNode compensation, String mentorId) {
        return StreamSupport.stream(compensation.get("mentors").spliterator(), false)
                .filter(m -> m.get("mentorId").asText().equals(mentorId)).findFirst().orElseThrow();
    }

    private static BigDecimal money(JsonNode node) {
        return new BigDecimal(node.asText());
    }

    private Api.Response claim(Map<String, Object> body) {
        var complete = new HashMap<String, Object>(body);
        complete.putIfAbsent("date", Programmes.today().toString());
        return api.post(path(organiser) + "/claims", complete);
    }

    private void assertProblem(Api.Response response, int status, String type, long before) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:verme:problem:" + type);
        assertThat(events()).as("nothing appended").isEqualTo(before);
    }

    @Test
    void seinajokiWorkedExampleFromRulesToPaidPeriodAndCsv() throws Exception {
        var rules = api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI"));
        assertThat(rules.status()).as(rules.raw().body()).isEqualTo(200);
        assertThat(rules.json().get("rules").get("planningFeeHours").asText()).isEqualTo("3");
        assertThat(rules.json().get("missingRates").toString()).contains("hourlyFee");

        // Mentor A: six 1.5 h meetings; one participant attends 5 of them.
        var a = startedGroup("Anna", 2);
        var attendanceA = new ArrayList<List<String>>();
        for (int i = 0; i < 6; i++) {
            attendanceA.add(i < 5 ? a.members() : List.of(a.members().get(1)));
        }
        holdMeetings(a, 6, 90, attendanceA);
        // Mentor B: eight meetings, one participant attends all eight.
        var b = startedGroup("Bertta", 2);
        var attendanceB = new ArrayList<List<String>>();
        for (int i = 0; i < 8; i++) {
            attendanceB.add(List.of(b.members().get(0)));
        }
        holdMeetings(b, 8, 90, attendanceB);

        assertProblem(api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-12")), 409,
                "rate-missing", events());
        assertThat(api.put(path(organiser) + "/compensation-rules", Map.of("hourlyFee", "50.00")).json()
                .get("missingRates")).isEmpty();

        var organising = claim(Map.of("mentorId", a.mentorId(), "hours", "3", "description", "Syksyn suunnittelu"));
        assertThat(organising.status()).as(organising.raw().body()).isEqualTo(201);
        var claimId = organising.json().get("claimId").asText();
        assertThat(organising.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(api.post("/api/claims/" + claimId + "/approve", Map.of()).json().get("status").asText())
                .isEqualTo("APPROVED");
        assertProblem(api.post("/api/claims/" + claimId + "/approve", Map.of()), 409, "claim-already-decided", events());
        assertProblem(claim(Map.of("mentorId", a.mentorId(), "hours", "0.5", "description", "Lisää")), 409,
                "organising-hours-cap-exceeded", events());

        // Coffee: not under Seinäjoki's rules until the organiser adds an arrangements budget.
        var coffee = Map.<String, Object>of("mentorId", a.mentorId(), "kind", "ARRANGEMENTS", "groupId", a.groupId(),
                "amount", "25.50", "receiptReference", "K-123");
        assertProblem(claim(coffee), 409, "expense-not-reimbursed", events());
        api.put(path(organiser) + "/compensation-rules", Map.of("arrangementsReimbursed", true,
                "arrangementsBudgetPerGroup", "40.00"));
        var coffeeClaim = claim(coffee);
        assertThat(coffeeClaim.status()).as(coffeeClaim.raw().body()).isEqualTo(201);
        api.post("/api/claims/" + coffeeClaim.json().get("claimId").asText() + "/approve", Map.of());
        assertProblem(claim(Map.of("mentorId", a.mentorId(), "kind", "ARRANGEMENTS", "groupId", a.groupId(),
                "amount", "20.00", "receiptReference", "K-124")), 409, "budget-exceeded", events());
        var rejected = claim(Map.of("mentorId", a.mentorId(), "kind", "ARRANGEMENTS", "groupId", a.groupId(),
                "amount", "10.00", "receiptReference", "K-125"));
        var rejection = api.post("/api/claims/" + rejected.json().get("claimId").asText() + "/reject",
                Map.of("reason", "NO_RECEIPT"));
        assertThat(rejection.json().get("status").asText()).isEqualTo("REJECTED");

        var view = compensation();
        var mentorA = mentorOf(view, a.mentorId());
        // 3 h planning + 3 h organising + 6 meetings x 1 h = 12 fee hours x 50.00 = 600.00, plus the coffee.
        assertThat(money(mentorA.get("feeHours"))).isEqualByComparingTo("12");
        assertThat(mentorA.get("meetingsPaid").asInt()).isEqualTo(6);
        assertThat(money(mentorA.get("total"))).isEqualByComparingTo("625.50");
        assertThat(money(mentorA.get("expenses"))).isEqualByComparingTo("25.50");
        assertThat(mentorA.get("name").asText()).isEqualTo("Anna Mentori");
        assertThat(mentorA.get("lines")).allSatisfy(line -> assertThat(line.get("eventIds")).isNotEmpty());
        var mentorB = mentorOf(view, b.mentorId());
        assertThat(money(mentorB.get("total"))).isEqualByComparingTo("550.00");
        var participants = new HashMap<String, Integer>();
        view.get("participants").forEach(p -> participants.put(p.get("personId").asText(), p.get("vesoDays").asInt()));
        assertThat(participants).containsEntry(a.members().get(0), 1).containsEntry(b.members().get(0), 2);
        assertThat(api.get("/api/persons/" + b.members().get(0) + "/veso?programme=" + programme).json()
                .get("vesoDays").asInt()).isEqualTo(2);
        var groupA = StreamSupport.stream(view.get("groups").spliterator(), false)
                .filter(g -> g.get("groupId").asText().equals(a.groupId())).findFirst().orElseThrow();
        assertThat(money(groupA.get("budgetLeft"))).isEqualByComparingTo("14.50");

        var first = api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-12"));
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        var firstId = first.json().get("periodId").asText();
        assertThat(money(first.json().get("total"))).isEqualByComparingTo("1175.50");
        assertProblem(api.post(path(organiser) + "/payment-periods", Map.of("period", "2027-01")), 409,
                "nothing-to-approve", events());

        // A new hourly fee after approval: the approved amounts stay; the differences become adjustments.
        api.put(path(organiser) + "/compensation-rules", Map.of("hourlyFee", "55.00"));
        var after = mentorOf(compensation(), a.mentorId());
        assertThat(money(after.get("approved"))).isEqualByComparingTo("625.50");
        assertThat(money(after.get("accruing"))).isEqualByComparingTo("60.00");
        assertThat(after.get("lines").toString()).contains("\"adjustment\":true");
        var second = api.post(path(organiser) + "/payment-periods", Map.of("period", "2027-01"));
        assertThat(money(second.json().get("total"))).isEqualByComparingTo("115.00");
        assertThat(second.json().get("lines")).allSatisfy(l -> assertThat(l.get("adjustment").asBoolean()).isTrue());
        assertThat(money(api.get("/api/payment-periods/" + firstId).json().get("total")))
                .isEqualByComparingTo("1175.50");

        var paid = api.post("/api/payment-periods/" + firstId + "/paid", Map.of("payrollReference", "PAYROLL-2026-12"));
        assertThat(paid.status()).as(paid.raw().body()).isEqualTo(200);
        assertThat(paid.json().get("payrollReference").asText()).isEqualTo("PAYROLL-2026-12");
        assertProblem(api.post("/api/payment-periods/" + firstId + "/paid", Map.of("payrollReference", "again")), 409,
                "period-already-paid", events());
        var totals = compensation();
        assertThat(money(totals.get("paid"))).isEqualByComparingTo("1175.50");
        assertThat(money(totals.get("approved"))).isEqualByComparingTo("115.00");
        BigDecimal sumOfLines = BigDecimal.ZERO;
        for (var mentor : totals.get("mentors")) {
            for (var line : mentor.get("lines")) {
                sumOfLines = sumOfLines.add(money(line.get("amount")));
            }
        }
        assertThat(sumOfLines).isEqualByComparingTo(money(totals.get("total")));

        var csv = api.get(path(organiser) + "/compensation.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        var text = csv.raw().body();
        assertThat(text).startsWith("\uFEFFMentori;Mentorin tunnus;Laji;Kuvaus;Päivä;Määrä;Euroa;Tila;Maksujakso");
        assertThat(text).contains(";\"150,00\";\"PAID\";", ";\"3,00\";", "\"Anna Mentori\"", ";\"25,50\";");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isPositive();

        // Rebuilding the ledger from the events gives the same figures.
        var before = compensation();
        var ledger = processing.eventProcessor("compensation-ledger", StreamingEventProcessor.class).orElseThrow();
        ledger.shutDown();
        ledger.resetTokens();
        ledger.start();
        Thread.sleep(100);
        assertThat(barrier.awaitViewsCurrent(Duration.ofMinutes(1))).isTrue();
        assertThat(compensation()).isEqualTo(before);
    }

    @Test
    void claimsAreRefusedBeforeRulesAndOutsideThem() {
        var group = startedGroup("Cecilia", 2);
        assertProblem(claim(Map.of("mentorId", group.mentorId(), "hours", "1", "description", "x")), 409,
                "compensation-rules-not-set", events());
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "OPELIX"));
        assertProblem(claim(Map.of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "groupId", group.groupId(),
                "days", "1")), 409, "expense-not-reimbursed", events());
        var travel = claim(Map.of("mentorId", group.mentorId(), "kind", "TRAVEL", "groupId", group.groupId(),
                "amount", "12.40", "receiptReference", "Matkalasku 7", "employer", "Seinäjoen kaupunki"));
        assertThat(travel.status()).as(travel.raw().body()).isEqualTo(201);
        api.post("/api/claims/" + travel.json().get("claimId").asText() + "/approve", Map.of());
        holdMeetings(group, 1, 120, List.of(group.members()));
        var employers = compensation().get("employers");
        assertThat(employers).singleElement().satisfies(e -> {
            assertThat(e.get("employer").asText()).isEqualTo("Seinäjoen kaupunki");
            assertThat(e.get("participants").asInt()).isEqualTo(2);
            assertThat(money(e.get("meetingHours"))).isEqualByComparingTo("4.00");
            assertThat(money(e.get("travelCosts"))).isEqualByComparingTo("12.40");
        });
        var badAmount = claim(Map.of("mentorId", group.mentorId(), "kind", "TRAVEL", "groupId", group.groupId(),
                "amount", "12.345", "receiptReference", "x"));
        assertProblem(badAmount, 400, "validation", events());
        assertThat(badAmount.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        assertProblem(api.post("/api/claims/no-such-claim/approve", Map.of()), 404, "claim-not-found", events());
    }
}
