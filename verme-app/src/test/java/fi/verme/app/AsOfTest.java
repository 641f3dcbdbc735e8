package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a programme year looked like at the end of a past day, replayed from the events up to then. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AsOfTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPastDayShowsOnlyWhatHadHappenedByThen() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Menneisyys", "menneisyys." + organiser + "@example.fi");
        var enrolments = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            enrolments.add(Programmes.enrol(api, organiser, "Past" + i, List.of("UUDET"), "Koulu " + i));
        }
        // Three days ago (as the events record it): the group formed, two people placed, the group started.
        String group;
        var eventClock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(eventClock, Duration.ofDays(-3));
        try {
            group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
            for (var enrolment : enrolments.subList(0, 2)) {
                api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment));
            }
            api.post("/api/groups/" + group + "/start", Map.of());
        } finally {
            GenericEventMessage.clock = eventClock;
        }
        // Today: a third member, rules with a fee, and a held meeting.
        api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolments.get(2)));
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", "50.00"));
        var meeting = api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 90, "place", "Osake")).json().get("meetingId").asText();
        api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 90, "attendees", List.of()));

        var twoDaysAgo = Programmes.today().minusDays(2);
        var past = api.get(path(organiser) + "/as-of/" + twoDaysAgo);
        assertThat(past.status()).as(past.raw().body()).isEqualTo(200);
        var pastGroup = past.json().get("groups").get(0);
        assertThat(pastGroup.get("members")).hasSize(2);
        assertThat(pastGroup.get("status").asText()).isEqualTo("STARTED");
        assertThat(pastGroup.get("heldMinutes").asInt()).isZero();
        assertThat(new BigDecimal(past.json().get("owed").asText())).isEqualByComparingTo("0");

        var today = api.get(path(organiser) + "/as-of/" + Programmes.today()).json();
        var todayGroup = today.get("groups").get(0);
        assertThat(todayGroup.get("members")).hasSize(3);
        assertThat(todayGroup.get("heldMinutes").asInt()).isEqualTo(90);
        // 3 h planning fee + 1 h for the meeting, at 50.00
        assertThat(new BigDecimal(today.get("owed").asText())).isEqualByComparingTo("200.00");
        assertThat(today.get("eventsReplayed").asLong()).isGreaterThan(past.json().get("eventsReplayed").asLong());
    }

    @Test
    void anEventStoredInAnOldRevisionReadsAsOfADayAsTheNewestRevisionSaysIt() {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Vanha", "vanha.revisio." + organiser + "@example.fi");
        var enrolments = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            enrolments.add(Programmes.enrol(api, organiser, "Old" + i, List.of("UUDET"), "Koulu " + i));
        }
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        enrolments.forEach(e -> api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", e)));
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI",
                "arrangementsReimbursed", true, "arrangementsBudgetPerGroup", "40.00"));
        var claim = api.post(path(organiser) + "/claims", Map.of("mentorId", mentorId, "kind", "ARRANGEMENTS",
                "groupId", group, "amount", "25.50", "receiptReference", "K-1", "date", Programmes.today().toString()));
        assertThat(claim.status()).as(claim.raw().body()).isEqualTo(201);
        var claimId = claim.json().get("claimId").asText();
        api.post("/api/claims/" + claimId + "/approve", Map.of());

        // The claim as revision 1 wrote it, before claims named their payee: every expense was the mentor's.
        int rewritten = jdbc.update("""
                update domain_event_entry set payload_revision = '1',
                    payload = convert_to((convert_from(payload, 'UTF8')::jsonb - 'payee' - 'participantId')::text, 'UTF8')
                where payload_type = 'fi.verme.compensation.api.ExpenseClaimed'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'claimId' = ?""", claimId);
        assertThat(rewritten).isEqualTo(1);

        var asOf = api.get(path(organiser) + "/as-of/" + Programmes.today());
        assertThat(asOf.status()).as(asOf.raw().body()).isEqualTo(200);
        var payees = asOf.json().get("payees");
        assertThat(payees).as(payees.toString()).hasSize(1);
        assertThat(payees.get(0).get("payee").get("kind").asText()).isEqualTo("MENTOR");
        assertThat(payees.get(0).get("payee").get("id").asText()).isEqualTo(mentorId);
        assertThat(new BigDecimal(payees.get(0).get("reimbursements").asText())).isEqualByComparingTo("25.50");
    }
}
