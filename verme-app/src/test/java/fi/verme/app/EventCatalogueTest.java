package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event catalogue (docs/events.md, a JSON Schema per event type and revision, docs/events/index.json and the
 * timeline's words in the UI's texts) is the one the code makes: it fails when an event, a field, a revision or a
 * meaning changed and the catalogue was not regenerated, and says how to regenerate it. Each event says in its Javadoc
 * what happened and what each field means; each schema reads as the events really stored read
 * ({@link StoredPayloads}).
 */
class EventCatalogueTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static EventCatalogue catalogue;

    @BeforeAll
    static void readTheCode() {
        catalogue = new EventCatalogue();
    }

    @Test
    void theCatalogueInTheRepositoryIsTheOneTheCodeMakes() throws IOException {
        var rendered = catalogue.render();
        var stale = new TreeSet<Path>();
        try (var files = Files.list(EventCatalogue.REPOSITORY.resolve(EventCatalogue.SCHEMAS))) {
            files.map(file -> EventCatalogue.SCHEMAS.resolve(file.getFileName().toString()))
                    .filter(file -> !rendered.containsKey(file)).forEach(stale::add);
        } catch (java.nio.file.NoSuchFileException none) {
            // nothing committed yet
        }
        if (Boolean.getBoolean("verme.catalogue.write")) {
            for (var file : rendered.entrySet()) {
                var path = EventCatalogue.REPOSITORY.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            for (var file : stale) {
                Files.delete(EventCatalogue.REPOSITORY.resolve(file));
            }
            return;
        }
        var differing = new ArrayList<String>();
        for (var file : rendered.entrySet()) {
            var path = EventCatalogue.REPOSITORY.resolve(file.getKey());
            if (!Files.exists(path)) {
                differing.add(file.getKey() + " (missing)");
            } else if (!Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
                differing.add(file.getKey() + " (differs)");
            }
        }
        stale.forEach(file -> differing.add(file + " (no such event or revision any more)"));
        assertThat(differing).as("The event catalogue is not the one the code makes. Regenerate it and commit what "
                + "changes:%n  %s%n(run from the repository's root)", EventCatalogue.REGENERATE).isEmpty();
    }

    @Test
    void everyEventSaysWhatHappenedAndWhatEachFieldMeans() {
        var missing = new ArrayList<String>();
        var records = new LinkedHashSet<Class<?>>();
        catalogue.events.forEach(event -> collectRecords(event.type(), records));
        for (var record : records) {
            var javadoc = EventCatalogue.javadocOf(record);
            if (javadoc.description().isBlank()) {
                missing.add(record.getName() + ": no class Javadoc saying what it is");
            }
            for (RecordComponent component : record.getRecordComponents()) {
                if (javadoc.params().getOrDefault(component.getName(), "").isBlank()) {
                    missing.add(record.getName() + ": no @param " + component.getName());
                }
            }
            javadoc.params().keySet().stream()
                    .filter(name -> Arrays.stream(record.getRecordComponents()).noneMatch(c -> c.getName().equals(name)))
                    .forEach(name -> missing.add(record.getName() + ": @param " + name + " names no component"));
        }
        assertThat(missing).as("every event record (and each record inside one) has a class Javadoc and an @param "
                + "per component, in ../verme-*/src/main/java").isEmpty();
    }

    @Test
    void theCatalogueCoversEveryEventThatReachesTheStoreAndSaysEverythingTheCodeCannot() {
        assertThat(catalogue.events).as("the events, by classpath scan").hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalogue.problems).isEmpty();
        assertThat(catalogue.event("EnrolmentSubmitted").orElseThrow().aggregate()).isEqualTo("Enrolment");
        assertThat(catalogue.event("ExpenseClaimed").orElseThrow().revision()).isEqualTo("2");
        var erased = catalogue.event("PersonErased").orElseThrow();
        assertThat(erased.aggregate()).isNull();
        assertThat(erased.publisher()).isEqualTo("JdbcPersonRegister");
        assertThat(erased.inYearExport()).isFalse();
        assertThat(catalogue.events).extracting(EventCatalogue.Event::name).doesNotContain("ProgrammeClaims");
    }

    @Test
    void everySchemaIsADraft2020SchemaWhosePropertiesAreTheRecordsComponents() throws IOException {
        var registry = registry();
        var metaSchema = registry.getSchema(SchemaLocation.of(EventCatalogue.DRAFT));
        var index = JSON.readTree(EventCatalogue.REPOSITORY.resolve(EventCatalogue.INDEX).toFile());
        var listed = new TreeSet<String>();
        for (var entry : index.get("events")) {
            var file = entry.get("file").asText();
            listed.add(file);
            var schema = JSON.readTree(EventCatalogue.REPOSITORY.resolve(EventCatalogue.SCHEMAS).resolve(file).toFile());
            assertThat(metaSchema.validate(schema)).as(file + " is a valid JSON Schema 2020-12").isEmpty();
            assertThat(schema.get("title").asText()).startsWith(entry.get("name").asText());
            assertThat(schema.get("description").asText()).isNotBlank();
            var event = catalogue.event(entry.get("name").asText()).orElseThrow();
            var expected = new ArrayList<>(Arrays.stream(event.type().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            if (!entry.get("current").asBoolean()) {
                var earlier = event.earlier().stream()
                        .filter(e -> e.revision().equals(entry.get("revision").asText())).findFirst().orElseThrow();
                expected.removeAll(earlier.lacked());
                earlier.had().forEach(old -> expected.add(old.name()));
            }
            assertThat(fieldNames(schema.get("properties"))).as(file).containsExactlyElementsOf(expected);
            assertThat(fieldNames(schema.get("required"))).as(file).containsExactlyElementsOf(expected);
            assertThat(registry.getSchema(schema)).isNotNull();
        }
        try (var files = Files.list(EventCatalogue.REPOSITORY.resolve(EventCatalogue.SCHEMAS))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".schema.json")))
                    .as("every schema file is in index.json").containsExactlyInAnyOrderElementsOf(listed);
        }
        var expenseV1 = catalogue.event("ExpenseClaimed").orElseThrow().schemaFile("1");
        assertThat(listed).contains(expenseV1, "ExpenseClaimed.v2.schema.json", "MentorDetailsChanged.v0.schema.json");
    }

    @Test
    void everyEventHasItsTimelineSentenceInFinnishSwedishAndEnglish() {
        var missing = new ArrayList<String>();
        for (var language : EventCatalogue.LANGUAGES) {
            var texts = EventCatalogue.readJson(EventCatalogue.REPOSITORY.resolve(EventCatalogue.I18N)
                    .resolve(language + ".json"));
            @SuppressWarnings("unchecked")
            var events = (Map<String, Object>) texts.getOrDefault("events", Map.of());
            for (var event : catalogue.events) {
                if (!(events.get(event.name()) instanceof String sentence) || sentence.isBlank()) {
                    missing.add(language + ": events." + event.name());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(EventCatalogue.TIMELINE.get("EnrolmentSubmitted"))
                .isEqualTo(new EventCatalogue.Timeline("Ilmoittautuminen vastaanotettu", "Anmälan mottagen",
                        "Enrolment submitted"));
    }

    /** The project writes its JSON like Python's json.dumps(…, ensure_ascii=False, indent=1); so does the catalogue. */
    @Test
    void theUiTextsAreWrittenAsTheProjectWritesThem() {
        for (var language : EventCatalogue.LANGUAGES) {
            var path = EventCatalogue.REPOSITORY.resolve(EventCatalogue.I18N).resolve(language + ".json");
            assertThat(EventCatalogue.pythonJson(EventCatalogue.readJson(path))).isEqualTo(EventCatalogue.read(path));
        }
        var texts = new java.util.LinkedHashMap<String, Object>();
        texts.put("a", Map.of());
        texts.put("b", List.of("ä\"\\\n\u0001", true));
        assertThat(EventCatalogue.pythonJson(texts))
                .isEqualTo("{\n \"a\": {},\n \"b\": [\n  \"ä\\\"\\\\\\n\\u0001\",\n  true\n ]\n}\n");
    }


    /**
     * A programme year with every kind of event, made through the HTTP API as people make them; then every stored
     * payload (this year's and whatever else the database holds, the latest 200 of each type and revision) is read
     * against its schema in docs/events, and its {@code aggregateType} against the catalogue's.
     */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class StoredPayloads {

        @LocalServerPort
        int port;
        @Autowired
        JdbcTemplate jdbc;
        @Autowired
        UserAccounts users;

        @Test
        void everyStoredPayloadIsValidAgainstItsSchemaAndBelongsToTheCataloguesAggregate() throws IOException {
            aYearWithEveryKindOfEvent();
            var schemas = schemas();
            var aggregates = new HashMap<String, String>();
            catalogue.events.forEach(event -> aggregates.put(event.type().getName(), event.aggregate()));
            var invalid = new ArrayList<String>();
            var validated = new TreeSet<String>();
            jdbc.query("""
                    select payload_type, payload_revision, type, convert_from(payload, 'UTF8') as payload, global_index
                    from (select e.*, row_number() over (partition by payload_type, payload_revision
                            order by global_index desc) as n
                          from domain_event_entry e where payload_type like 'fi.verme.%') latest
                    where n <= 200 order by global_index""", rs -> {
                var type = rs.getString("payload_type");
                var key = type + "#" + rs.getString("payload_revision");
                var position = rs.getLong("global_index");
                var schema = schemas.get(key);
                if (schema == null) {
                    if (!type.startsWith("fi.verme.app.upgradeprobe.")) {
                        invalid.add(position + ": " + key + " has no schema in docs/events");
                    }
                    return;
                }
                schema.validate(rs.getString("payload"), InputFormat.JSON)
                        .forEach(error -> invalid.add(position + ": " + key + ": " + error.getMessage()));
                var aggregate = aggregates.get(type);
                if (!java.util.Objects.equals(aggregate, rs.getString("type"))) {
                    invalid.add(position + ": " + key + " stored with aggregateType " + rs.getString("type")
                            + ", the catalogue says " + aggregate);
                }
                validated.add(type.substring(type.lastIndexOf('.') + 1));
            });
            assertThat(invalid).isEmpty();
            assertThat(validated).as("a stored payload of every event type was read against its schema")
                    .containsAll(catalogue.events.stream().map(EventCatalogue.Event::name).toList());
        }

        /** Every command the year knows, in an order its rules allow, each answered as it should be. */
        private void aYearWithEveryKindOfEvent() {
            var api = new Api(port);
            var organiser = Programmes.freshOrganiser();
            var year = Programmes.path(organiser);
            var today = Programmes.today().toString();
            ok(api.put(year + "/group-size-rule", Map.of("minSize", 2, "maxSize", 8)));
            ok(api.put(year + "/hours-cap", Map.of("hours", 20)));
            ok(api.put(year + "/joint-meeting-limits", Map.of("kickoffs", 2, "closings", 1)));
            var schoolYear = new fi.verme.shared.ProgrammeYear(organiser, Programmes.SCHOOL_YEAR);
            ok(api.put(year + "/school-breaks", Map.of("breaks", List.of(Map.of("name", "Talviloma", "firstDay",
                    schoolYear.lastDay().minusDays(20).toString(), "lastDay", schoolYear.lastDay().minusDays(16).toString())))));
            ok(api.put(year + "/compensation-rules", Map.of("preset", "SEINAJOKI", "hourlyFee", 50,
                    "arrangementsReimbursed", true, "arrangementsBudgetPerGroup", 100)));
            ok(api.put(year + "/employer-rates", Map.of("employer", "Seinäjoen kaupunki", "hourlySalaryCost", 32.5)));
            Programmes.openCallOpenToday(api, organiser);
            ok(api.post(year + "/enrolment-call/themes", Map.of("code", "LUKIO", "name", "Lukion opettajat")));
            // A call whose closing date passed yesterday, extended to today: valid on any day of the school year.
            var late = Programmes.freshOrganiser();
            Programmes.openCall(api, late, Programmes.today().minusDays(10), Programmes.today().minusDays(1));
            ok(api.post(Programmes.path(late) + "/enrolment-call/extend", Map.of("closesOn", today)));
            var mentorId = Programmes.mentor(api, "Katalogi", "katalogi." + organiser + "@example.fi");
            ok(api.put("/api/mentors/" + mentorId, Map.of("organisation", "Seinäjoen kaupunki", "trainingYear", 2018,
                    "trainingProvider", "Osake")));
            var mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
            var enrolments = new ArrayList<String>();
            for (var name : List.of("Aino", "Bertta", "Cecilia", "Doris")) {
                enrolments.add(Programmes.enrol(api, organiser, name, List.of("UUDET"), "Kasperin koulu"));
            }
            var group = Programmes.group(api, organiser, "UUDET", mentorId, 2, 8);
            enrolments.subList(0, 3).forEach(enrolment ->
                    ok(api.post("/api/groups/" + group + "/participants", Map.of("enrolmentId", enrolment))));
            ok(api.delete("/api/groups/" + group + "/participants/" + enrolments.get(2)
                    + "?reason=COORDINATOR_DECISION"));
            ok(api.post("/api/enrolments/" + enrolments.get(3) + "/withdraw", Map.of("reason", "WORKLOAD")));
            ok(api.post("/api/groups/" + group + "/start", Map.of()));
            ok(api.post("/api/groups/" + group + "/agreement", Map.of("agreedOn", today, "commitments",
                    List.of("ACTIVE_PARTICIPATION", "CONFIDENTIALITY"), "acceptedBy", enrolments.subList(0, 2))));
            var members = new ArrayList<String>();
            api.get("/api/groups/" + group).json().get("members").forEach(m -> members.add(m.get("personId").asText()));

            var meetings = new ArrayList<String>();
            for (var time : List.of("09:00", "12:00", "15:00")) {
                var scheduled = api.post("/api/groups/" + group + "/meetings", Map.of("date", today, "startTime", time,
                        "plannedMinutes", 90, "place", "Kasperin koulu, opettajainhuone"));
                ok(scheduled);
                meetings.add(scheduled.json().get("meetingId").asText());
            }
            ok(api.post("/api/meetings/" + meetings.get(1) + "/reschedule", Map.of("date", today, "startTime", "13:00",
                    "plannedMinutes", 60, "place", "Teams", "online", true)));
            ok(api.post("/api/meetings/" + meetings.get(2) + "/cancel", Map.of("reason", "GROUP_DECISION")));
            ok(api.post("/api/meetings/" + meetings.get(0) + "/held", Map.of("durationMinutes", 90,
                    "attendees", members)));
            var mentor = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
            ok(mentor.post("/api/meetings/" + meetings.get(0) + "/minutes", Map.of("topics", List.of("Tutustuminen"),
                    "text", "Tutustuimme.")));
            ok(mentor.post("/api/meetings/" + meetings.get(0) + "/minutes", Map.of("topics",
                    List.of("Tutustuminen", "Toimintasopimus"), "text", "Tutustuimme ja sovimme.")));
            ok(api.post(year + "/joint-meetings", Map.of("kind", "KICKOFF", "date", today, "durationMinutes", 60,
                    "groups", List.of(group))));
            ok(api.post(year + "/joint-meetings/planned", Map.of("kind", "CLOSING", "date", today, "startTime", "17:00",
                    "plannedMinutes", 120, "place", "Kaupungintalo", "groups", List.of(group))));

            var hours = api.post(year + "/claims", Map.of("mentorId", mentorId, "date", today, "hours", 1,
                    "description", "Syksyn suunnittelu"));
            ok(hours);
            ok(api.post("/api/claims/" + hours.json().get("claimId").asText() + "/approve", Map.of()));
            var coffee = api.post(year + "/claims", Map.of("kind", "ARRANGEMENTS", "mentorId", mentorId, "groupId",
                    group, "date", today, "amount", 12.5, "receiptReference", "K-1"));
            ok(coffee);
            ok(api.post("/api/claims/" + coffee.json().get("claimId").asText() + "/reject",
                    Map.of("reason", "NO_RECEIPT")));
            var period = api.post(year + "/payment-periods", Map.of("period", today.substring(0, 7)));
            ok(period);
            ok(api.post("/api/payment-periods/" + period.json().get("periodId").asText() + "/paid",
                    Map.of("payrollReference", "PALKKA-1")));
            ok(api.post(year + "/surveys", Map.of("statements", List.of("Sain vertaistukea"),
                    "freeTextQuestion", "Mitä muuta?")));
            ok(api.post("/api/groups/" + group + "/complete", Map.of()));

            var other = Programmes.group(api, organiser, "UUDET", mentorId, 2, 8);
            ok(api.post("/api/groups/" + other + "/participants", Map.of("enrolmentId", enrolments.get(2))));
            ok(api.post("/api/groups/" + other + "/cancel", Map.of("reason", "TOO_FEW_PARTICIPANTS")));
            ok(api.post(year + "/enrolment-call/close", Map.of()));
            var withdrawn = api.get("/api/enrolments/" + enrolments.get(3)).json().get("personId").asText();
            ok(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD).delete("/api/persons/" + withdrawn));
        }

        private static void ok(Api.Response response) {
            assertThat(response.status()).as(response.raw().request().method() + " " + response.raw().request().uri()
                    + ": " + response.raw().body()).isBetween(200, 204);
        }
    }

    static SchemaRegistry registry() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The schema of each event type and revision in docs/events, by type and revision ({@code name#revision}). */
    static Map<String, Schema> schemas() throws IOException {
        var registry = registry();
        var schemas = new HashMap<String, Schema>();
        var index = JSON.readTree(EventCatalogue.REPOSITORY.resolve(EventCatalogue.INDEX).toFile());
        for (var entry : index.get("events")) {
            var text = Files.readString(EventCatalogue.REPOSITORY.resolve(EventCatalogue.SCHEMAS)
                    .resolve(entry.get("file").asText()));
            schemas.put(entry.get("type").asText() + "#" + entry.get("revision").asText(),
                    registry.getSchema(text, InputFormat.JSON));
        }
        return schemas;
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        } else {
            node.forEach(name -> names.add(name.asText()));
        }
        return names;
    }

    private static void collectRecords(Class<?> type, Set<Class<?>> records) {
        if (!type.isRecord() || !records.add(type)) {
            return;
        }
        for (var component : type.getRecordComponents()) {
            var generic = component.getGenericType();
            if (generic instanceof java.lang.reflect.ParameterizedType parameterized) {
                for (var argument : parameterized.getActualTypeArguments()) {
                    if (argument instanceof Class<?> item) {
                        collectRecords(item, records);
                    }
                }
            }
            collectRecords(component.getType(), records);
        }
    }
}
