package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The erasure audit: every column of every Verme schema that can hold text (character, text, json, bytea
 * and arrays of them) is searched for a person's name, e-mail address and phone number before and after
 * {@code DELETE /api/persons/{id}}. A column added later is searched without changing this test. The
 * scenario goes through HTTP: enrolment, placement, a meeting with minutes, mail queued, a certificate, a
 * survey answer, an idempotent request and an account. The SMTP server is down until after the erasure,
 * so the person's mail is still queued when they are erased; then it comes up and only others' mail goes.
 * Snapshots are taken every 2 events so that the snapshot table is searched with content in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=localhost", "spring.mail.port=" + ErasureAuditTest.SMTP_PORT, "verme.snapshots.every=2"})
class ErasureAuditTest {

    static final int SMTP_PORT = 3027;
    static final List<String> SCHEMAS = List.of("public", "app", "enrolment", "groups", "meetings", "compensation");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;

    private record Column(String schema, String table, String column, String type) {

        String name() {
            return schema + "." + table + "." + column;
        }
    }

    @Test
    void erasureLeavesTheNameAddressAndPhoneInNoColumnAndTheirQueuedMailIsNeverSent() throws Exception {
        var api = new Api(port);
        var organiser = Programmes.freshOrganiser();
        var programme = organiser + "/" + Programmes.SCHOOL_YEAR;
        // Letters only (names are validated); random, so that no other test's data can match.
        var tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var firstName = "Zyxwenna" + tag;
        var lastName = "Quorblatt" + tag;
        var email = "zq." + tag + "@erasure-audit.example.fi";
        var phone = "040 " + (1_000_000 + Math.abs(tag.hashCode() % 8_999_999));
        // The address they asked to change to through their personal link, not yet confirmed.
        var newEmail = "zq.uusi." + tag + "@erasure-audit.example.fi";
        var identifiers = List.of(firstName, lastName, email, phone, newEmail);

        Programmes.openCallOpenToday(api, organiser);
        api.put(path(organiser) + "/compensation-rules", Map.of("preset", "SEINAJOKI"));
        var mentorId = Programmes.mentor(api, "Auditoiva", "auditoiva." + organiser + "@example.fi");
        var mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);

        var form = Programmes.enrolment(firstName, lastName, email);
        form.put("phone", phone);
        var enrolled = Api.anonymous(port).post(path(organiser) + "/enrolments", form,
                Map.of("Idempotency-Key", "erasure-enrol-" + tag));
        assertThat(enrolled.status()).as(enrolled.raw().body()).isEqualTo(201);
        var enrolmentId = enrolled.json().get("enrolmentId").asText();
        // The coordinator's placement answers with the roster, the person's address in it: a stored answer.
        var placed = api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolmentId),
                Map.of("Idempotency-Key", "erasure-place-" + tag));
        assertThat(placed.status()).as(placed.raw().body()).isEqualTo(200);
        assertThat(placed.raw().body()).contains(email);
        for (int i = 0; i < 4; i++) {
            api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId",
                    Programmes.enrol(api, organiser, "Muistettava" + i, List.of("UUDET"), "Koulu " + i)));
        }
        assertThat(api.post("/api/groups/" + group + "/start", Map.of()).status()).isEqualTo(200);
        var personId = StreamSupport.stream(api.get("/api/groups/" + group).json().get("members").spliterator(), false)
                .filter(m -> m.get("enrolmentId").asText().equals(enrolmentId)).findFirst().orElseThrow()
                .get("personId").asText();

        var meeting = api.post("/api/groups/" + group + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:00", "plannedMinutes", 90, "place", "Osake")).json().get("meetingId").asText();
        assertThat(api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 90,
                "attendees", List.of(personId))).status()).isEqualTo(200);
        var mentor = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        assertThat(mentor.post("/api/meetings/" + meeting + "/minutes", Map.of("topics", List.of("jaksaminen"),
                "text", "Puhuttiin jaksamisesta.")).status()).isIn(200, 201);

        // The person's own account, named and addressed as they are.
        var userId = "erasure-" + tag;
        users.save(userId, TestAccounts.PASSWORD, firstName + " " + lastName, email, null, personId, true);
        users.setGrants(userId, List.of(new Grant(AccessRole.PARTICIPANT, organiser)));
        var certificate = api.as(userId, TestAccounts.PASSWORD).download("/api/persons/" + personId
                + "/certificates/" + Programmes.SCHOOL_YEAR + ".pdf?organiser=" + organiser);
        assertThat(certificate.statusCode()).isEqualTo(200);
        var code = certificate.headers().firstValue("Verme-Certificate-Code").orElseThrow();
        assertThat(Api.anonymous(port).get("/api/certificates/verify/" + code).raw().body()).contains(firstName);

        assertThat(api.post("/api/groups/" + group + "/complete", Map.of()).status()).isEqualTo(200);
        var survey = api.post(path(organiser) + "/surveys", Map.of("statements", List.of("Sain tukea"),
                "freeTextQuestion", "Mitä muuta?"));
        assertThat(survey.status()).isEqualTo(201);
        var surveyLink = Programmes.surveyLinks(jdbc, programme, email).get(0);
        assertThat(Api.anonymous(port).post(surveyLink, Map.of("scores", List.of(4), "freeText", "Hyvä vuosi"))
                .status()).isEqualTo(201);

        var personalLink = api.get("/api/enrolments/" + enrolmentId + "/link").json().get("token").asText();
        assertThat(Api.anonymous(port).post("/api/enrolment-links/" + personalLink + "/contact-details/email",
                Map.of("email", newEmail)).status()).isEqualTo(202);
        var confirmation = java.util.regex.Pattern.compile("/#/yhteystiedot/(\\S+)").matcher(jdbc.queryForObject(
                "select body from app.outbox where person_id = ? and kind = 'contact-confirmation'", String.class,
                personId));
        assertThat(confirmation.find()).isTrue();

        var columns = textColumns();
        var before = columnsHolding(columns, identifiers);
        assertThat(before).as("where the person's data is before erasure").containsKeys(
                "enrolment.person.email", "app.outbox.recipient_email", "app.outbox.body",
                "app.idempotent_request.body", "app.app_user.email");
        assertThat(before.keySet()).as("the event store and its snapshots hold no personal data by design")
                .noneMatch(name -> name.startsWith("public."));
        assertThat(jdbc.queryForObject("select count(*) from public.snapshot_event_entry", Integer.class))
                .as("snapshots were taken, and searched").isPositive();
        var queuedToThem = jdbc.queryForObject("""
                select count(*) from app.outbox where person_id = ? and status = 'PENDING'""", Integer.class, personId);
        assertThat(queuedToThem).as("mail to the person still queued (SMTP down)").isPositive();

        assertThat(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + personId).status())
                .isEqualTo(204);

        var after = columnsHolding(columns, identifiers);
        System.out.printf("Erasure audit: %d text columns in %d tables searched for %d identifiers; before erasure"
                        + " %d held them, after %d%n", columns.size(),
                columns.stream().map(c -> c.schema() + "." + c.table()).distinct().count(), identifiers.size(),
                before.size(), after.size());
        assertThat(after).as("columns still holding the erased person's name, address or phone").isEmpty();

        // Their queued mail, cancelled unsent, is listed under its own status, which the outbox can be filtered by.
        var cancelled = api.get("/api/admin/outbox?programme=" + programme + "&status=CANCELLED");
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        assertThat(cancelled.json().findValuesAsText("status")).isNotEmpty().containsOnly("CANCELLED");

        // Their completed group keeps them, as it keeps a member who withdraws: that year is history.
        assertThat(api.get("/api/enrolments/" + enrolmentId).json().get("status").asText()).isEqualTo("PLACED");

        var verified = Api.anonymous(port).get("/api/certificates/verify/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("holderErased").asBoolean()).isTrue();
        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(verified.json().has("holder")).isFalse();
        assertThat(verified.json().has("certifies")).isFalse();
        assertThat(api.get("/api/persons/" + personId + "/certificates/" + Programmes.SCHOOL_YEAR + ".pdf?organiser="
                + organiser).status()).isEqualTo(404);
        assertThat(api.as(userId, TestAccounts.PASSWORD).get("/api/me").status()).as("their account is closed")
                .isEqualTo(401);

        assertThat(jdbc.queryForList("select distinct status from app.outbox where person_id = ?", String.class,
                personId)).containsExactly("CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from groups.survey_respondent where enrolment_id = ?",
                Integer.class, enrolmentId)).as("the record that they answered").isZero();
        var again = Api.anonymous(port).post(surveyLink, Map.of("scores", List.of(1)));
        assertThat(again.status()).as("their survey link answers nothing more").isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(Api.anonymous(port).post("/api/contact-confirmations/" + confirmation.group(1), Map.of()).status())
                .as("their confirmation link changes no address of theirs back into being").isEqualTo(404);
        assertThat(Api.anonymous(port).get("/api/enrolment-links/" + personalLink + "/contact-details").status())
                .isEqualTo(404);
        // A notice queued by a transaction that read the person just before the erasure committed.
        jdbc.update("""
                insert into app.outbox (message_id, dedup_key, programme_year, kind, person_id, recipient_email,
                    language, subject, body) values (?, ?, ?, 'placed', ?, ?, 'fi', ?, ?)""",
                UUID.randomUUID().toString(), "late:" + tag, programme, personId, email, "Hei " + firstName,
                "Hei " + firstName + " " + lastName);
        var smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        try {
            jdbc.update("update app.outbox set next_attempt_at = now() where programme_year = ?", programme);
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && jdbc.queryForObject("""
                    select count(*) from app.outbox where programme_year = ? and status = 'PENDING'""",
                    Integer.class, programme) > 0) {
                Thread.sleep(200);
            }
            var recipients = new ArrayList<String>();
            for (var message : smtp.getReceivedMessages()) {
                for (var to : message.getAllRecipients()) {
                    recipients.add(to.toString());
                }
                assertThat(new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .doesNotContain(firstName, lastName, email);
            }
            assertThat(recipients).as("the others' mail went").isNotEmpty().doesNotContain(email);
            assertThat(jdbc.queryForList("select distinct status from app.outbox where person_id = ?", String.class,
                    personId)).containsExactly("CANCELLED");
            assertThat(columnsHolding(columns, identifiers)).as("after the late notice was refused").isEmpty();
        } finally {
            smtp.stop();
        }
    }

    private com.fasterxml.jackson.databind.JsonNode outbox(String programme) {
        return new Api(port).get("/api/admin/outbox?programme=" + programme).json();
    }

    /** Every column of the Verme schemas that can hold text, found in the catalogue rather than listed. */
    private List<Column> textColumns() {
        return jdbc.query("""
                select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = any(?) and t.table_type = 'BASE TABLE'
                  and (c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')
                       or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar', '_bpchar')))
                order by 1, 2, 3""",
                (rs, row) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                (Object) SCHEMAS.toArray(String[]::new));
    }

    /** The columns (by name) where any of {@code needles} occurs, case-insensitively for text. */
    private Map<String, Integer> columnsHolding(List<Column> columns, List<String> needles) {
        var found = new LinkedHashMap<String, Integer>();
        for (var column : columns) {
            var reference = "\"" + column.schema() + "\".\"" + column.table() + "\".\"" + column.column() + "\"";
            var from = " from \"" + column.schema() + "\".\"" + column.table() + "\"";
            int hits = 0;
            for (var needle : needles) {
                Integer count;
                if (column.type().equals("bytea")) {
                    count = jdbc.queryForObject("select count(*)" + from + " where position(? in " + reference
                            + ") > 0", Integer.class, (Object) needle.getBytes(StandardCharsets.UTF_8));
                } else {
                    count = jdbc.queryForObject("select count(*)" + from + " where strpos(lower(" + reference
                            + "::text), lower(?)) > 0", Integer.class, needle);
                }
                hits += count == null ? 0 : count;
            }
            if (hits > 0) {
                found.put(column.name(), hits);
            }
        }
        return found;
    }
}
