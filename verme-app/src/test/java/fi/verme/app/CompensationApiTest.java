package fi.verme.app;

import static fi.verme.app.Programmes.enrol;
import static fi.verme.app.Programmes.group;
import static fi.verme.app.Programmes.mentor;
import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import fi.verme.app.audit.Replays;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
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
    Replays replays;
    @Autowired
    UserAccounts users;

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

    /** Where each group's next meeting today begins: a group meets once at a time, so its meetings follow on. */
    private final Map<String, java.time.LocalTime> nextStart = new java.util.HashMap<>();

    private void holdMeetings(Group group, int count, int minutes, List<List<String>> attendance) {
        for (int i = 0; i < count; i++) {
            var start = nextStart.getOrDefault(group.groupId(), java.time.LocalTime.of(0, 0));
            nextStart.put(group.groupId(), start.plusMinutes(minutes));
            var scheduled = api.post("/api/groups/" + group.groupId() + "/meetings", Map.of("date",
                    Programmes.today().toString(), "startTime", start.toString(), "plannedMinutes", minutes,
                    "place", "Osake"));
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

    /** The claim is invalid input naming the field, and nothing is appended. */
    private void assertRefusedBy(String field, Map<String, Object> body) {
        long before = events();
        var refused = claim(body);
        assertProblem(refused, 400, "validation", before);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
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
        var nobody = api.get("/api/persons/" + java.util.UUID.randomUUID() + "/veso?programme=" + programme);
        assertThat(nobody.status()).as("not a row of zeros for someone the register does not have").isEqualTo(404);
        assertThat(nobody.json().get("type").asText()).endsWith("person-not-found");
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
        assertThat(text).startsWith("\uFEFFSaaja;Saajan laji;Saajan tunnus;Maksulaji;Laji;Kuvaus;Päivä;Määrä;Euroa;"
                + "Tila;Maksukausi;Palkanlaskennan viite;Oikaisu;Lähde");
        assertThat(text).contains(";\"150,00\";\"Maksettu\";\"2026-12\";\"PAYROLL-2026-12\";", ";\"3,00\";",
                "\"Anna Mentori\"", ";\"25,50\";");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isPositive();

        // Rebuilding the ledger from the events gives the same figures.
        var before = compensation();
        Views.rebuild(replays, List.of("compensation-ledger"));
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
        // A measure that the kind does not take is refused by its field, not dropped (found by an outsider).
        var mixed = Map.of(
                "hours", Map.<String, Object>of("mentorId", group.mentorId(), "kind", "TRAVEL", "groupId",
                        group.groupId(), "amount", "5.00", "hours", "2", "receiptReference", "Matkalasku 8"),
                "amount", Map.<String, Object>of("mentorId", group.mentorId(), "hours", "1", "amount", "30.00",
                        "description", "Suunnittelu"),
                "days", Map.<String, Object>of("mentorId", group.mentorId(), "kind", "TRAVEL", "groupId",
                        group.groupId(), "amount", "5.00", "days", "1", "receiptReference", "Matkalasku 9"));
        mixed.forEach(this::assertRefusedBy);
        // A number too large for any claim is refused by its size, before a sum with it (found by an outsider:
        // 1e4000000 hours cost seconds of arithmetic at the cap and held up the year's other claims).
        var huge = new BigDecimal("1e4000000");
        Map.of(
                "hours", Map.<String, Object>of("mentorId", group.mentorId(), "hours", huge, "description", "x"),
                "amount", Map.<String, Object>of("mentorId", group.mentorId(), "kind", "TRAVEL", "groupId",
                        group.groupId(), "amount", huge, "receiptReference", "Matkalasku 10"),
                "days", Map.<String, Object>of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "groupId",
                        group.groupId(), "days", huge)).forEach(this::assertRefusedBy);
        // A day outside the year, or after today, is refused with the days that are allowed, as dates.
        var tomorrow = claim(Map.of("mentorId", group.mentorId(), "hours", "1", "description", "x",
                "date", Programmes.today().plusDays(1).toString()));
        assertProblem(tomorrow, 400, "validation", events());
        assertThat(tomorrow.json().get("errors").get(0).get("field").asText()).isEqualTo("date");
        assertThat(tomorrow.json().get("errors").get(0).get("allowed").asText())
                .contains(Programmes.today().toString()).doesNotContain(organiser);
        assertProblem(api.post("/api/claims/no-such-claim/approve", Map.of()), 404, "claim-not-found", events());
    }

    private String approve(Api.Response claim) {
        assertThat(claim.status()).as(claim.raw().body()).isEqualTo(201);
        var claimId = claim.json().get("claimId").asText();
        var approved = api.post("/api/claims/" + claimId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        return claimId;
    }

    private static JsonNode payeeOf(JsonNode compensation, String kind, String id) {
        return StreamSupport.stream(compensation.get("payees").spliterator(), false)
                .filter(p -> p.get("payee").get("kind").asText().equals(kind) && p.get("payee").get("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no payee " + kind + " " + id + " in " + compensation));
    }

    private List<List<String>> csvRows(String path, String language) throws Exception {
        var csv = api.get(path, Map.of("Accept-Language", language));
        assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        try (var parser = org.apache.commons.csv.CSVFormat.Builder.create(org.apache.commons.csv.CSVFormat.EXCEL)
                .setDelimiter(';').get().parse(new java.io.StringReader(csv.raw().body().substring(1)))) {
            return parser.getRecords().stream().map(r -> r.toList()).toList();
        }
    }

    @Test
    void aSubstitutesDayIsOwedToTheEmployerThatHiredThemNotToTheMentor() throws Exception {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00",
                "substituteDayRate", "150.00"));
        var group = startedGroup("Siiri", 2);
        var toMentor = claim(Map.of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "groupId", group.groupId(),
                "days", "1", "payee", Map.of("kind", "MENTOR")));
        assertProblem(toMentor, 400, "validation", events());
        assertThat(toMentor.json().get("errors").get(0).get("field").asText()).isEqualTo("payee");
        assertProblem(claim(Map.of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "groupId", group.groupId(),
                "days", "1")), 400, "validation", events());

        var substitute = claim(Map.of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "groupId", group.groupId(),
                "days", "1", "employer", "Kasperin koulu"));
        assertThat(substitute.json().get("payee").toString()).isEqualTo("{\"kind\":\"EMPLOYER\",\"id\":\"Kasperin koulu\"}");
        approve(substitute);
        var view = compensation();
        var school = payeeOf(view, "EMPLOYER", "Kasperin koulu");
        assertThat(money(school.get("total"))).isEqualByComparingTo("150.00");
        assertThat(money(school.get("reimbursements"))).isEqualByComparingTo("150.00");
        assertThat(school.get("lines").get(0).get("mentorId").asText()).isEqualTo(group.mentorId());
        var mentor = payeeOf(view, "MENTOR", group.mentorId());
        assertThat(money(mentor.get("total"))).as("the planning fee only").isEqualByComparingTo("150.00");
        assertThat(money(mentor.get("taxablePay"))).isEqualByComparingTo("150.00");
        assertThat(money(mentorOf(view, group.mentorId()).get("total"))).isEqualByComparingTo("150.00");
        assertThat(money(view.get("total"))).isEqualByComparingTo("300.00");

        // Rebuilding the ledger and the payees from the events gives the same payees.
        Views.rebuild(replays, List.of("compensation-ledger", "compensation-payees"));
        assertThat(compensation()).isEqualTo(view);
    }

    @Test
    void aSubstituteForTheMentorsJointPlanningMeetingBelongsToNoGroupAndMayBeOwedToTheSubstitute() {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00",
                "substituteDayRate", "150.00"));
        var group = startedGroup("Paula", 2);
        var registered = api.post(path(organiser) + "/payees", Map.of("firstName", "Sami", "lastName", "Sijainen",
                "email", "sami.sijainen." + organiser + "@example.fi"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        var payee = registered.json().get("payee");
        assertThat(payee.get("kind").asText()).isEqualTo("PERSON");
        assertProblem(claim(Map.of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "days", "0.5",
                "payee", Map.of("kind", "PERSON", "id", "nobody-in-the-register"))), 400, "validation", events());

        var planning = claim(Map.of("mentorId", group.mentorId(), "kind", "SUBSTITUTE", "days", "0.5",
                "payee", Map.of("kind", "PERSON", "id", payee.get("id").asText())));
        assertThat(planning.json().get("groupId").isNull()).isTrue();
        approve(planning);
        var sami = payeeOf(compensation(), "PERSON", payee.get("id").asText());
        assertThat(sami.get("name").asText()).isEqualTo("Sami Sijainen");
        assertThat(money(sami.get("taxablePay"))).as("a day's pay for the substitute").isEqualByComparingTo("75.00");
        assertThat(sami.get("lines").get(0).get("description").asText()).startsWith("Mentoreiden suunnittelutapaaminen");
    }

    @Test
    void aDuplicateReceiptOfTheSamePayeeIsRefusedNamingTheReceipt() {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "GRADIA_JYVASKYLA",
                "arrangementsBudgetPerGroup", "100.00"));
        var group = startedGroup("Kaisa", 2);
        var coffee = Map.<String, Object>of("mentorId", group.mentorId(), "kind", "ARRANGEMENTS", "groupId",
                group.groupId(), "amount", "12.00", "receiptReference", "K-77");
        var first = claim(coffee);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        var again = claim(Map.of("mentorId", group.mentorId(), "kind", "ARRANGEMENTS", "groupId", group.groupId(),
                "amount", "12.00", "receiptReference", "k-77 "));
        assertProblem(again, 409, "duplicate-receipt", events());
        assertThat(again.json().get("receiptReference").asText()).isEqualTo("k-77");
        assertThat(again.json().get("claimId").asText()).isEqualTo(first.json().get("claimId").asText());
        assertThat(again.json().get("detail").asText()).contains("k-77");
        var another = claim(Map.of("mentorId", group.mentorId(), "kind", "ARRANGEMENTS", "groupId", group.groupId(),
                "amount", "12.00", "receiptReference", "K-77", "payee", Map.of("kind", "EMPLOYER", "id", "Gradia")));
        assertThat(another.status()).as("the same reference paid to another payee").isEqualTo(201);
    }

    @Test
    void theEmployerReportAddsSalaryCostAtFinancesRatesAndParticipantsTravelIsTheirs() throws Exception {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "OPELIX"));
        var mentorId = mentor(api, "Olli", "olli." + organiser + "@example.fi");
        var groupId = group(api, organiser, "UUDET", mentorId, 2, 8);
        var employerOf = Map.of("Aino", "Opelixin kunta", "Eino", "Opelixin kunta", "Veera", "Naapurikunta");
        for (var name : List.of("Aino", "Eino", "Veera")) {
            var body = Programmes.enrolment(name, "Osallistuja", name.toLowerCase() + "." + organiser + "@example.fi");
            body.put("employer", employerOf.get(name));
            var enrolment = api.post(path(organiser) + "/enrolments", body);
            assertThat(enrolment.status()).as(enrolment.raw().body()).isEqualTo(201);
            api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId",
                    enrolment.json().get("enrolmentId").asText()));
        }
        api.post("/api/groups/" + groupId + "/start", Map.of());
        var members = StreamSupport.stream(api.get("/api/groups/" + groupId).json().get("members").spliterator(), false)
                .map(m -> m.get("personId").asText()).toList();
        holdMeetings(new Group(groupId, mentorId, members), 1, 180, List.of(members));

        // A participant's travel: theirs, booked to their employer, no mentor's claim.
        var neighbour = StreamSupport.stream(compensation().get("participants").spliterator(), false)
                .filter(p -> p.get("employer").asText().equals("Naapurikunta")).findFirst().orElseThrow()
                .get("personId").asText();
        var travel = claim(Map.of("kind", "TRAVEL", "participantId", neighbour, "amount", "18.60",
                "receiptReference", "Matka 3"));
        assertThat(travel.json().get("mentorId").isNull()).isTrue();
        assertThat(travel.json().get("employer").asText()).isEqualTo("Naapurikunta");
        approve(travel);
        assertProblem(claim(Map.of("kind", "TRAVEL", "participantId", "not-enrolled", "amount", "1.00",
                "receiptReference", "x")), 400, "validation", events());
        // An erased participant is owed nothing more (an outsider found their travel accepted, to a nameless payee).
        var erased = members.stream().filter(m -> !m.equals(neighbour)).findFirst().orElseThrow();
        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + erased).status())
                .isEqualTo(204);
        var afterErasure = claim(Map.of("kind", "TRAVEL", "participantId", erased, "amount", "5.00",
                "receiptReference", "Matka 4"));
        assertThat(afterErasure.status()).as(afterErasure.raw().body()).isEqualTo(400);
        assertThat(afterErasure.json().get("errors").get(0).get("field").asText()).isEqualTo("participantId");
        // The participant whose travel is owed and not yet paid is not erased until it is paid: nothing changes.
        long beforeRefusal = events();
        var owedTravel = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + neighbour);
        assertProblem(owedTravel, 409, "unpaid-pay", beforeRefusal);
        assertThat(owedTravel.json().get("owed").get(0).get("amount").decimalValue()).isEqualByComparingTo("18.60");
        assertThat(compensation().get("payees").findValuesAsText("name")).anyMatch(name -> name.contains("Veera"));
        // The group's mentor reads their own claims only: a participant's travel is not one of them.
        var mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        var account = "matka-mentori-" + organiser;
        users.save(account, "matkan-salasana-1", "Olli Mentori", null, null, mentorPerson, true);
        users.setGrants(account, List.of(new Grant(AccessRole.MENTOR, organiser)));
        var asMentor = new Api(port).as(account, "matkan-salasana-1");
        assertThat(asMentor.get("/api/claims/" + travel.json().get("claimId").asText()).status()).isEqualTo(403);
        assertThat(asMentor.post(path(organiser) + "/claims", Map.of("mentorId", mentorId, "kind", "TRAVEL",
                "participantId", neighbour, "amount", "1.00", "receiptReference", "y", "date",
                Programmes.today().toString())).status()).as("a mentor claims for themself only").isEqualTo(403);

        var rates = api.put(path(organiser) + "/employer-rates", Map.of("employer", "Opelixin kunta",
                "hourlySalaryCost", "31.17"));
        assertThat(rates.status()).as(rates.raw().body()).isEqualTo(200);
        assertThat(rates.json()).singleElement().satisfies(r -> assertThat(money(r.get("hourlySalaryCost")))
                .isEqualByComparingTo("31.17"));
        assertProblem(api.put(path(organiser) + "/employer-rates", Map.of("employer", "Opelixin kunta",
                "hourlySalaryCost", "-1")), 400, "validation", events());

        var view = compensation();
        var employers = new HashMap<String, JsonNode>();
        view.get("employers").forEach(e -> employers.put(e.get("employer").asText(), e));
        // 2 participants x 3 h = 6 h at 31.17 = 187.02
        assertThat(money(employers.get("Opelixin kunta").get("meetingHours"))).isEqualByComparingTo("6.00");
        assertThat(money(employers.get("Opelixin kunta").get("salaryCost"))).isEqualByComparingTo("187.02");
        assertThat(employers.get("Naapurikunta").get("salaryCost").isNull()).isTrue();
        assertThat(money(employers.get("Naapurikunta").get("travelCosts"))).isEqualByComparingTo("18.60");
        var traveller = payeeOf(view, "PERSON", neighbour);
        assertThat(money(traveller.get("reimbursements"))).isEqualByComparingTo("18.60");

        var rows = csvRows(path(organiser) + "/employer-costs.csv", "fi");
        assertThat(rows.get(0)).containsExactly("Työnantaja", "Osallistujia", "Tapaamistunnit", "Palkkakustannus €/h",
                "Palkkakustannukset €", "Matkakulut €", "Yhteensä €");
        assertThat(rows).contains(List.of("Opelixin kunta", "2", "6,00", "31,17", "187,02", "0,00", "187,02"),
                List.of("Naapurikunta", "1", "3,00", "", "", "18,60", "18,60"));
    }

    @Test
    void aFeeChangeGivesOneAdjustmentLinePerMentorAndKindAndThePayrollFileNamesThePeriod() throws Exception {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00",
                "arrangementsReimbursed", true, "arrangementsBudgetPerGroup", "40.00"));
        var group = startedGroup("Mirja", 2);
        var attendance = new ArrayList<List<String>>();
        for (int i = 0; i < 7; i++) {
            attendance.add(group.members());
        }
        holdMeetings(group, 7, 90, attendance);
        approve(claim(Map.of("mentorId", group.mentorId(), "kind", "ARRANGEMENTS", "groupId", group.groupId(),
                "amount", "19.90", "receiptReference", "K-1")));
        var first = api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-10"));
        assertThat(money(first.json().get("total"))).isEqualByComparingTo("519.90");
        assertThat(first.json().get("payees")).singleElement().satisfies(p -> {
            assertThat(money(p.get("taxablePay"))).isEqualByComparingTo("500.00");
            assertThat(money(p.get("reimbursements"))).isEqualByComparingTo("19.90");
        });

        api.put(path(organiser) + "/compensation-rules", Map.of("hourlyFee", "52.63"));
        var accruing = StreamSupport.stream(mentorOf(compensation(), group.mentorId()).get("lines").spliterator(), false)
                .filter(l -> l.get("status").asText().equals("ACCRUING")).toList();
        assertThat(accruing).as("one adjustment for the meetings, one for the planning fee").hasSize(2);
        var meetings = accruing.stream().filter(l -> l.get("kind").asText().equals("MEETING_FEE")).findFirst().orElseThrow();
        assertThat(money(meetings.get("amount"))).isEqualByComparingTo("18.41"); // 7 x 2.63
        assertThat(meetings.get("sourceIds")).hasSize(7);

        var second = api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-11"));
        assertThat(second.status()).as(second.raw().body()).isEqualTo(201);
        assertThat(second.json().get("lines")).hasSize(2);
        var periodId = second.json().get("periodId").asText();
        api.post("/api/payment-periods/" + periodId + "/paid", Map.of("payrollReference", "PALKKA-2026-11"));

        var rows = csvRows("/api/payment-periods/" + periodId + "/payroll.csv", "fi");
        var header = rows.get(0);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(row.get(header.indexOf("Maksukausi"))).satisfiesAnyOf(v -> assertThat(v).isEqualTo("2026-11"),
                    v -> assertThat(v).isEmpty());
            assertThat(row.get(header.indexOf("Euroa"))).isNotEqualTo("0,00");
        });
        var lines = rows.stream().filter(r -> r.get(header.indexOf("Tila")).equals("Maksettu")).toList();
        assertThat(lines).hasSize(2).allSatisfy(row -> {
            assertThat(row.get(header.indexOf("Palkanlaskennan viite"))).isEqualTo("PALKKA-2026-11");
            assertThat(row.get(header.indexOf("Maksulaji"))).isEqualTo("Verotettava palkkio");
            assertThat(row.get(header.indexOf("Oikaisu"))).isEqualTo("kyllä");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(header.indexOf("Laji"))).isEqualTo("Yhteensä");
            assertThat(row.get(header.indexOf("Saaja"))).isEqualTo("Mirja Mentori");
            assertThat(row.get(header.indexOf("Euroa"))).isEqualTo("26,30"); // 7.89 planning + 18.41 meetings
        });
        var swedish = csvRows("/api/payment-periods/" + periodId + "/payroll.csv", "sv");
        assertThat(swedish.get(0)).contains("Mottagare", "Betalningsperiod", "Lönereferens");
        assertThat(swedish).anySatisfy(row -> assertThat(row).contains("Betald", "Skattepliktigt arvode"));
        var file = api.get("/api/payment-periods/" + periodId + "/payroll.csv").header("Content-Disposition");
        assertThat(org.springframework.http.ContentDisposition.parse(file).getFilename()).endsWith("palkanlaskenta 2026-11.csv");
    }

    @Test
    void aPaidPeriodsFileKeepsTheQuantitiesItWasApprovedWithAfterTheRulesChange() throws Exception {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var group = startedGroup("Veikko", 2);
        holdMeetings(group, 1, 90, List.of(group.members()));
        var period = api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-10"));
        assertThat(period.status()).as(period.raw().body()).isEqualTo(201);
        var periodId = period.json().get("periodId").asText();
        api.post("/api/payment-periods/" + periodId + "/paid", Map.of("payrollReference", "PALKKA-2026-10"));
        var before = csvRows("/api/payment-periods/" + periodId + "/payroll.csv", "fi");

        // Two fee hours a meeting from now on: the meeting is owed one hour more, as an adjustment in a later period.
        api.put(path(organiser) + "/compensation-rules", Map.of("meetingFeeHours", "2"));
        assertThat(csvRows("/api/payment-periods/" + periodId + "/payroll.csv", "fi")).isEqualTo(before);
        var header = before.get(0);
        assertThat(before).anySatisfy(row -> {
            assertThat(row.get(header.indexOf("Laji"))).isEqualTo("Tapaamispalkkio");
            assertThat(row.get(header.indexOf("Määrä"))).isEqualTo("1,00");
            assertThat(row.get(header.indexOf("Euroa"))).isEqualTo("50,00");
        });
        var accruing = StreamSupport.stream(mentorOf(compensation(), group.mentorId()).get("lines").spliterator(), false)
                .filter(l -> l.get("status").asText().equals("ACCRUING")).toList();
        assertThat(accruing).singleElement().satisfies(adjustment -> {
            assertThat(adjustment.get("kind").asText()).isEqualTo("MEETING_FEE");
            assertThat(money(adjustment.get("amount"))).isEqualByComparingTo("50.00");
            assertThat(money(adjustment.get("quantity"))).as("the hours owed now").isEqualByComparingTo("2");
        });
    }

    @Test
    void aPeriodWithNothingOwedSaysSoNotApprovedAlready() {
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var nothing = api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-11"));
        assertProblem(nothing, 409, "nothing-owed", events());
        assertThat(nothing.json().get("detail").asText()).contains("ei ole vielä kertynyt").doesNotContain("jo hyväksytty");
    }

    @Test
    void rulesWithoutAPresetAreSavedAndAYearWithoutMoneyApprovesNothingAndSaysSo() throws Exception {
        // Tampere: no preset, nothing paid. The setup form sends only what changed: here, nothing at all.
        var saved = api.put(path(organiser) + "/compensation-rules", Map.of());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(saved.json().get("rules").get("preset").isNull()).isTrue();
        var changed = api.put(path(organiser) + "/compensation-rules", Map.of("meetingsPerVesoDay", 4));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().get("rules").get("meetingsPerVesoDay").asInt()).isEqualTo(4);

        var group = startedGroup("Tuula", 2);
        holdMeetings(group, 2, 90, List.of(group.members(), group.members()));
        var view = compensation();
        assertThat(view.get("paysNothing").asBoolean()).isTrue();
        var refused = api.post(path(organiser) + "/payment-periods", Map.of("period", "2026-11"));
        assertProblem(refused, 409, "rules-pay-nothing", events());
        assertThat(refused.json().get("title").asText()).isEqualTo("Säännöt eivät maksa korvauksia");
        // Lines of 0,00 € are not exported: the CSV has its header and nothing else.
        assertThat(csvRows(path(organiser) + "/compensation.csv", "fi")).hasSize(1);
    }
}
