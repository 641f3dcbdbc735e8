package fi.verme.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.shared.ProgrammeYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The catalogue of the events Verme stores, generated from the code for auditors: {@code docs/events.md}, one JSON
 * Schema per event type and revision in {@code docs/events/}, {@code docs/events/index.json}, and the timeline's
 * words ({@code events.<Name>}) in the UI's texts. {@link EventCatalogueTest} renders it and compares it with what is
 * committed.
 * <p>
 * What it reads: the event records (annotated {@link Revision}, in a module's {@code api} package) by classpath scan
 * and reflection; their meaning from their Javadoc in the modules' sources, a class description and an
 * {@code @param} per component (a component may be null exactly when its {@code @param} says when: the word
 * {@code null}); which aggregate applies each (the source of the class annotated {@code @Aggregate} that says
 * {@code apply(new <Name>(}) or which handler publishes it; and the earlier revisions from the upcasters. What it
 * cannot read from the code is written here: how an earlier revision differed ({@link #EARLIER}), which fields lead
 * to a person ({@link #PERSONAL}), and the timeline's sentences ({@link #TIMELINE}); the test fails when one of them
 * misses an event, a field or an upcaster.
 */
final class EventCatalogue {

    /** verme-app's test working directory is {@code verme-app}; the repository is its parent. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path MARKDOWN = Path.of("docs/events.md");
    static final Path SCHEMAS = Path.of("docs/events");
    static final Path INDEX = SCHEMAS.resolve("index.json");
    static final Path I18N = Path.of("verme-app/src/main/resources/static/i18n");
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final List<String> MODULES = List.of("enrolment", "groups", "meetings", "compensation");
    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    static final String REGENERATE = "mvn -B -o -q -pl verme-app -am test -Dtest=EventCatalogueTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dverme.catalogue.write=true";

    private static final Pattern API_PACKAGE = Pattern.compile("fi\\.verme\\.(\\w+)\\.api");
    private static final Pattern STORES = Pattern.compile(
            "\\b(apply|publish|asEventMessage)\\(\\s*new\\s+([A-Z]\\w*)\\s*\\(");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A revision stored before today's, as its upcaster reads it: which fields it lacked, and which it had instead. A
     * lacked field inside a record of a list is named by its path, {@code lines.quantity}.
     */
    record Earlier(String event, String revision, List<String> lacked, List<OldField> had, String readAs) {
    }

    record OldField(String name, Shape shape, String description) {
    }

    /** How a field leads to a person, if it does. */
    enum Personal {
        PERSON("a person’s id in the person register"),
        ENROLMENT("an enrolment’s id: the roster links it to a person"),
        MENTOR("a mentor’s id: `MentorRegistered` links it to a person"),
        PAYEE("by `kind`: a person’s id, a mentor’s id or an organisation’s name"),
        TEXT("free text typed by staff; by rule it names no one (not checked)"),
        ORGANISATION("an organisation’s name, as people wrote it"),
        NONE("");

        final String words;

        Personal(String words) {
            this.words = words;
        }
    }

    /** The timeline's sentence for an event in Finnish, Swedish and English. */
    record Timeline(String fi, String sv, String en) {

        String in(String language) {
            return switch (language) {
                case "fi" -> fi;
                case "sv" -> sv;
                default -> en;
            };
        }
    }

    static final List<Earlier> EARLIER = List.of(
            new Earlier("ExpenseClaimed", "1", List.of("payee", "participantId"), List.of(), "2"),
            new Earlier("MentorRegistered", "1", List.of("organiser"), List.of(), "2"),
            new Earlier("PaymentPeriodApproved", "1", List.of("lines.quantity"), List.of(), "2"),
            new Earlier("MentorDetailsChanged", "0", List.of("trainingYear", "trainingProvider"),
                    List.of(new OldField("training", new Scalar("string", null, null),
                            "the year and the provider of the mentor’s training in one text, e.g. “2018, Osake”")),
                    "1"));

    /**
     * The string fields of every event (and of the records inside them) by name, with how each leads to a person;
     * one word means one thing across the modules. The test fails for a string field not named here.
     */
    static final Map<String, Personal> PERSONAL = Map.ofEntries(
            Map.entry("personId", Personal.PERSON), Map.entry("authorPersonId", Personal.PERSON),
            Map.entry("participantId", Personal.PERSON), Map.entry("attendees", Personal.PERSON),
            Map.entry("enrolmentId", Personal.ENROLMENT), Map.entry("acceptedBy", Personal.ENROLMENT),
            Map.entry("released", Personal.ENROLMENT),
            Map.entry("mentorId", Personal.MENTOR), Map.entry("mentorsPresent", Personal.MENTOR),
            Map.entry("sourceId", Personal.MENTOR),
            Map.entry("payee.id", Personal.PAYEE),
            Map.entry("description", Personal.TEXT), Map.entry("receiptReference", Personal.TEXT),
            Map.entry("payrollReference", Personal.TEXT), Map.entry("place", Personal.TEXT),
            Map.entry("topics", Personal.TEXT), Map.entry("statements", Personal.TEXT),
            Map.entry("freeTextQuestion", Personal.TEXT), Map.entry("name", Personal.TEXT),
            Map.entry("trainingProvider", Personal.TEXT), Map.entry("training", Personal.TEXT),
            Map.entry("employer", Personal.ORGANISATION), Map.entry("unit", Personal.ORGANISATION),
            Map.entry("organisation", Personal.ORGANISATION),
            Map.entry("claimId", Personal.NONE), Map.entry("groupId", Personal.NONE),
            Map.entry("meetingId", Personal.NONE), Map.entry("jointMeetingId", Personal.NONE),
            Map.entry("periodId", Personal.NONE), Map.entry("surveyId", Personal.NONE),
            Map.entry("organiser", Personal.NONE), Map.entry("schoolYear", Personal.NONE),
            Map.entry("theme", Personal.NONE), Map.entry("themeWishes", Personal.NONE),
            Map.entry("code", Personal.NONE), Map.entry("period", Personal.NONE));

    static final Map<String, Timeline> TIMELINE = Map.ofEntries(
            Map.entry("EnrolmentCallOpened", new Timeline("Haku avattu", "Ansökan öppnad",
                    "Enrolment call opened")),
            Map.entry("EnrolmentCallThemeAdded", new Timeline("Hakuun lisätty teema", "Tema tillagt i ansökan",
                    "Theme added to the enrolment call")),
            Map.entry("EnrolmentCallExtended", new Timeline("Hakuaikaa jatkettu", "Ansökningstiden förlängd",
                    "Enrolment call extended")),
            Map.entry("EnrolmentCallClosed", new Timeline("Haku suljettu", "Ansökan stängd",
                    "Enrolment call closed")),
            Map.entry("EnrolmentSubmitted", new Timeline("Ilmoittautuminen vastaanotettu", "Anmälan mottagen",
                    "Enrolment submitted")),
            Map.entry("EnrolmentPlaced", new Timeline("Ilmoittautuminen sijoitettu ryhmään", "Anmälan placerad i grupp",
                    "Enrolment placed in a group")),
            Map.entry("EnrolmentWaitlisted", new Timeline("Ilmoittautuminen siirretty odotuslistalle",
                    "Anmälan satt på väntelistan", "Enrolment put on the waiting list")),
            Map.entry("EnrolmentWithdrawn", new Timeline("Ilmoittautuminen peruttu", "Anmälan återtagen",
                    "Enrolment withdrawn")),
            Map.entry("PersonErased", new Timeline("Henkilön tiedot poistettu", "Personens uppgifter raderade",
                    "Person’s details erased")),
            Map.entry("MentorRegistered", new Timeline("Mentori rekisteröity", "Mentor registrerad",
                    "Mentor registered")),
            Map.entry("MentorDetailsChanged", new Timeline("Mentorin tiedot muutettu", "Mentorns uppgifter ändrade",
                    "Mentor’s details changed")),
            Map.entry("GroupSizeRuleSet", new Timeline("Ryhmäkoko asetettu", "Gruppstorlek fastställd",
                    "Group size set")),
            Map.entry("GroupFormed", new Timeline("Ryhmä muodostettu", "Grupp bildad", "Group formed")),
            Map.entry("ParticipantPlaced", new Timeline("Osallistuja sijoitettu ryhmään", "Deltagare placerad i grupp",
                    "Participant placed in a group")),
            Map.entry("ParticipantRemoved", new Timeline("Osallistuja poistettu ryhmästä",
                    "Deltagare borttagen ur grupp", "Participant removed from a group")),
            Map.entry("GroupStarted", new Timeline("Ryhmä käynnistynyt", "Grupp startad", "Group started")),
            Map.entry("ActionAgreementRecorded", new Timeline("Toimintasopimus kirjattu", "Verksamhetsavtal registrerat",
                    "Action agreement recorded")),
            Map.entry("GroupCompleted", new Timeline("Ryhmä päättynyt", "Grupp avslutad", "Group completed")),
            Map.entry("GroupCancelled", new Timeline("Ryhmä peruttu", "Grupp inställd", "Group cancelled")),
            Map.entry("SurveyDefined", new Timeline("Palautekysely laadittu", "Responsenkät utformad",
                    "Feedback survey defined")),
            Map.entry("HoursCapSet", new Timeline("Tuntikatto asetettu", "Timtak fastställt", "Hours cap set")),
            Map.entry("JointMeetingLimitsSet", new Timeline("Yhteisten tapaamisten määrä asetettu",
                    "Antal gemensamma träffar fastställt", "Joint meeting limits set")),
            Map.entry("SchoolBreaksSet", new Timeline("Koulujen lomat asetettu", "Skolornas lov fastställda",
                    "School breaks set")),
            Map.entry("MeetingScheduled", new Timeline("Tapaaminen suunniteltu", "Träff planerad", "Meeting scheduled")),
            Map.entry("MeetingRescheduled", new Timeline("Tapaaminen siirretty", "Träff flyttad", "Meeting rescheduled")),
            Map.entry("MeetingCancelled", new Timeline("Tapaaminen peruttu", "Träff inställd", "Meeting cancelled")),
            Map.entry("MeetingHeld", new Timeline("Tapaaminen pidetty", "Träff hållen", "Meeting held")),
            Map.entry("JointMeetingScheduled", new Timeline("Yhteinen tapaaminen suunniteltu ryhmälle",
                    "Gemensam träff planerad för gruppen", "Joint meeting scheduled for a group")),
            Map.entry("JointMeetingCounted", new Timeline("Yhteinen tapaaminen kirjattu ryhmälle",
                    "Gemensam träff registrerad för gruppen", "Joint meeting counted for a group")),
            Map.entry("MinutesRecorded", new Timeline("Muistio kirjattu", "Minnesanteckningar skrivna",
                    "Minutes recorded")),
            Map.entry("MinutesCorrected", new Timeline("Muistiota korjattu", "Minnesanteckningar rättade",
                    "Minutes corrected")),
            Map.entry("CompensationRulesSet", new Timeline("Korvaussäännöt asetettu", "Ersättningsregler fastställda",
                    "Compensation rules set")),
            Map.entry("EmployerSalaryCostSet", new Timeline("Työnantajan palkkakustannus asetettu",
                    "Arbetsgivarens lönekostnad fastställd", "Employer’s salary cost set")),
            Map.entry("OrganisingHoursClaimed", new Timeline("Järjestelytunteja haettu", "Arrangemangstimmar sökta",
                    "Organising hours claimed")),
            Map.entry("ExpenseClaimed", new Timeline("Kulukorvausta haettu", "Kostnadsersättning sökt",
                    "Expense claimed")),
            Map.entry("ClaimApproved", new Timeline("Korvaushakemus hyväksytty", "Ersättningsansökan godkänd",
                    "Claim approved")),
            Map.entry("ClaimRejected", new Timeline("Korvaushakemus hylätty", "Ersättningsansökan avslagen",
                    "Claim rejected")),
            Map.entry("PaymentPeriodApproved", new Timeline("Maksukausi hyväksytty", "Betalningsperiod godkänd",
                    "Payment period approved")),
            Map.entry("PaymentPeriodPaid", new Timeline("Maksukausi maksettu", "Betalningsperiod betald",
                    "Payment period paid")));

    // ---------------------------------------------------------------------------------------------------------------
    // The model

    /** What a field is in the JSON that Axon's Jackson serializer writes. */
    sealed interface Shape permits Scalar, Choice, Composite, Many {
    }

    /** {@code format} or {@code pattern}, where JSON Schema can say more than the JSON type. */
    record Scalar(String type, String format, String pattern) implements Shape {
    }

    record Choice(Class<?> enumType, List<String> values) implements Shape {
    }

    record Composite(Class<?> recordType, List<Field> fields) implements Shape {
    }

    record Many(Shape items) implements Shape {
    }

    record Field(String name, Shape shape, boolean nullable, String description, Personal personal) {
    }

    /** What an event's Javadoc says: what happened, and each component's meaning. */
    record Javadoc(String description, Map<String, String> params) {
    }

    record Event(Class<?> type, String module, String revision, String aggregate, String publisher,
                 Javadoc javadoc, List<Field> fields, List<Earlier> earlier) {

        String name() {
            return type.getSimpleName();
        }

        /** Whether it names a programme year, and so is in that year's export. */
        boolean inYearExport() {
            return Arrays.stream(type.getRecordComponents())
                    .anyMatch(c -> c.getName().equals("programmeYear") && c.getType() == ProgrammeYear.class);
        }

        String schemaFile(String revision) {
            return name() + ".v" + revision + ".schema.json";
        }
    }

    /** What the catalogue could not say from the code, each problem a line; empty when it is complete. */
    final List<String> problems = new ArrayList<>();
    final List<Event> events;
    /** The upcasters found, by the type and revision they read. */
    final Map<String, Class<?>> upcasters = new TreeMap<>();

    EventCatalogue() {
        var stored = storedBy();
        events = eventTypes().stream().map(type -> event(type, stored)).toList();
        var names = events.stream().map(Event::name).collect(Collectors.toSet());
        stored.keySet().stream().filter(name -> !names.contains(name)).forEach(name -> problems.add(name
                + " reaches the event store (" + stored.get(name) + ") but is no record with @Revision in an api "
                + "package"));
        if (names.size() != events.size()) {
            problems.add("two event types share a simple name; the catalogue names events by it");
        }
        findUpcasters();
        EARLIER.forEach(earlier -> {
            if (!names.contains(earlier.event())) {
                problems.add("EARLIER names " + earlier.event() + ", which is no event");
            }
            if (!upcasters.containsKey(earlier.event() + "#" + earlier.revision())) {
                problems.add("EARLIER names " + earlier.event() + " revision " + earlier.revision()
                        + ", which no upcaster reads");
            }
        });
        upcasters.keySet().stream()
                .filter(key -> EARLIER.stream().noneMatch(e -> (e.event() + "#" + e.revision()).equals(key)))
                .forEach(key -> problems.add(upcasters.get(key).getSimpleName() + " reads " + key.replace("#", " revision ")
                        + ": say in EventCatalogue.EARLIER how that revision differed"));
        TIMELINE.keySet().stream().filter(name -> !names.contains(name))
                .forEach(name -> problems.add("TIMELINE names " + name + ", which is no event"));
        names.stream().filter(name -> !TIMELINE.containsKey(name)).sorted()
                .forEach(name -> problems.add(name + " has no timeline sentence in EventCatalogue.TIMELINE"));
    }

    /** Records with {@code @Revision} in a module's {@code api} package: the events (snapshots are in {@code domain}). */
    private static List<Class<?>> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("fi.verme").stream()
                .<Class<?>>map(candidate -> load(candidate.getBeanClassName()))
                .filter(type -> type.isRecord() && API_PACKAGE.matcher(type.getPackageName()).matches())
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    /** Which classes store each event, by its simple name: from the modules' and the application's sources. */
    private static Map<String, List<String>> storedBy() {
        var stored = new TreeMap<String, List<String>>();
        for (var source : mainSources()) {
            var text = read(source);
            var className = source.getFileName().toString().replace(".java", "");
            boolean aggregate = text.contains("@Aggregate");
            Matcher matcher = STORES.matcher(text);
            while (matcher.find()) {
                var by = (aggregate ? "aggregate " : matcher.group(1).equals("apply") ? "" : "publisher ") + className;
                var list = stored.computeIfAbsent(matcher.group(2), name -> new ArrayList<>());
                if (!list.contains(by)) {
                    list.add(by);
                }
            }
        }
        return stored;
    }

    private Event event(Class<?> type, Map<String, List<String>> stored) {
        var matcher = API_PACKAGE.matcher(type.getPackageName());
        matcher.matches();
        var by = stored.getOrDefault(type.getSimpleName(), List.of());
        var aggregates = by.stream().filter(s -> s.startsWith("aggregate ")).map(s -> s.substring(10)).toList();
        var publishers = by.stream().filter(s -> s.startsWith("publisher ")).map(s -> s.substring(10)).toList();
        if (aggregates.size() + publishers.size() != 1) {
            problems.add(type.getSimpleName() + ": expected one aggregate that applies it or one handler that "
                    + "publishes it, found " + (by.isEmpty() ? "none" : by));
        }
        var javadoc = javadocOf(type);
        var earlier = EARLIER.stream().filter(e -> e.event().equals(type.getSimpleName())).toList();
        return new Event(type, matcher.group(1), type.getAnnotation(Revision.class).value(),
                aggregates.isEmpty() ? null : aggregates.get(0), publishers.isEmpty() ? null : publishers.get(0),
                javadoc, fields(type, javadoc, ""), earlier);
    }

    private List<Field> fields(Class<?> record, Javadoc javadoc, String prefix) {
        var fields = new ArrayList<Field>();
        for (RecordComponent component : record.getRecordComponents()) {
            var name = component.getName();
            var description = javadoc.params().get(name);
            if (description == null) {
                problems.add(record.getName() + ": no @param for " + name);
                description = "";
            }
            var shape = shapeOf(component.getGenericType(), record.getName() + "." + name);
            boolean nullable = mayBeNull(description);
            if (nullable && component.getType().isPrimitive()) {
                problems.add(record.getName() + "." + name + " is a primitive, but its @param says when it is null");
            }
            var personal = Personal.NONE;
            if (holdsText(shape)) {
                personal = PERSONAL.getOrDefault(prefix + name, PERSONAL.get(name));
                if (personal == null) {
                    problems.add(record.getName() + "." + name + " holds text: say in EventCatalogue.PERSONAL whether "
                            + "it leads to a person");
                    personal = Personal.NONE;
                }
            }
            fields.add(new Field(name, shape, nullable, description, personal));
        }
        return fields;
    }

    /** A component may be null exactly when its {@code @param} says when ("null when …"), not "never null". */
    static boolean mayBeNull(String description) {
        return Pattern.compile("\\bnull\\b").matcher(description.replaceAll("\\bnever null\\b", "")).find();
    }

    private static boolean holdsText(Shape shape) {
        return shape instanceof Scalar scalar && scalar.type().equals("string") && scalar.format() == null
                && scalar.pattern() == null
                || shape instanceof Many many && holdsText(many.items());
    }

    private Shape shapeOf(Type type, String where) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return new Many(shapeOf(parameterized.getActualTypeArguments()[0], where + "[]"));
        }
        if (!(type instanceof Class<?> raw)) {
            problems.add(where + ": no JSON shape for " + type);
            return new Scalar("string", null, null);
        }
        if (raw == String.class) {
            return new Scalar("string", null, null);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return new Scalar("integer", null, null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new Scalar("boolean", null, null);
        }
        if (raw == BigDecimal.class) {
            return new Scalar("number", null, null);
        }
        if (raw == Instant.class) {
            return new Scalar("string", "date-time", null);
        }
        if (raw == LocalDate.class) {
            return new Scalar("string", "date", null);
        }
        if (raw == LocalTime.class) {
            return new Scalar("string", null, "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$");
        }
        if (raw.isEnum()) {
            return new Choice(raw, Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (raw.isRecord()) {
            var prefix = where.substring(where.lastIndexOf('.') + 1).replace("[]", "") + ".";
            return new Composite(raw, fields(raw, javadocOf(raw), prefix));
        }
        problems.add(where + ": no JSON shape for " + raw.getName());
        return new Scalar("string", null, null);
    }

    private void findUpcasters() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(SingleEventUpcaster.class));
        for (var candidate : scanner.findCandidateComponents("fi.verme")) {
            var upcaster = load(candidate.getBeanClassName());
            if (!MODULES.contains(upcaster.getPackageName().split("\\.")[2])) {
                continue; // the rolling-upgrade probe's, on the tests' class path only
            }
            for (var field : upcaster.getDeclaredFields()) {
                if (field.getType() == SimpleSerializedType.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    try {
                        field.setAccessible(true);
                        var type = (SimpleSerializedType) field.get(null);
                        var name = type.getName().substring(type.getName().lastIndexOf('.') + 1);
                        upcasters.put(name + "#" + type.getRevision(), upcaster);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Javadoc, from our own sources

    static List<Path> mainSources() {
        try (var modules = Files.list(REPOSITORY)) {
            return modules.filter(dir -> dir.getFileName().toString().startsWith("verme-"))
                    .map(dir -> dir.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(EventCatalogue::javaFiles).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sourceOf(Class<?> type) {
        var outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        var relative = outer.getName().replace('.', '/') + ".java";
        return mainSources().stream().filter(path -> path.toString().endsWith("/" + relative)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no source for " + type.getName() + " in "
                        + REPOSITORY + "/verme-*/src/main/java"));
    }

    /**
     * The Javadoc comment right before a type's declaration (annotations and modifiers may stand between), split into
     * its description and its {@code @param} texts. Only what our own sources use: no {@code @inheritDoc}, no
     * inherited comments.
     */
    static Javadoc javadocOf(Class<?> type) {
        var source = read(sourceOf(type));
        var declaration = Pattern.compile("(/\\*\\*(?:(?!\\*/).)*\\*/)\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*"
                + "(?:(?:public|protected|private|static|final|sealed)\\s+)*(?:record|class|enum|interface)\\s+"
                + Pattern.quote(type.getSimpleName()) + "\\b", Pattern.DOTALL).matcher(source);
        if (!declaration.find()) {
            return new Javadoc("", Map.of());
        }
        var comment = declaration.group(1);
        var lines = comment.substring(3, comment.length() - 2).lines()
                .map(line -> line.replaceFirst("^\\s*\\*( ?)", "")).toList();
        var description = new StringBuilder();
        var params = new LinkedHashMap<String, String>();
        String param = null;
        var text = new StringBuilder();
        for (var line : lines) {
            var tag = Pattern.compile("^\\s*@(\\w+)\\s*(.*)$").matcher(line);
            if (tag.matches()) {
                if (param != null) {
                    params.put(param, words(text.toString()));
                }
                text.setLength(0);
                param = null;
                if (tag.group(1).equals("param")) {
                    var nameAndText = tag.group(2).split("\\s+", 2);
                    param = nameAndText[0];
                    text.append(nameAndText.length > 1 ? nameAndText[1] : "");
                }
            } else if (param != null) {
                text.append(' ').append(line);
            } else if (params.isEmpty() && text.isEmpty()) {
                description.append(line).append('\n');
            }
        }
        if (param != null) {
            params.put(param, words(text.toString()));
        }
        return new Javadoc(words(description.toString()), params);
    }

    /** Javadoc's text as Markdown: {@code {@code x}} and {@code {@link X}} become code, HTML tags outside them go. */
    static String words(String javadoc) {
        var out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            int start = javadoc.indexOf("{@", i);
            if (start < 0) {
                out.append(withoutHtml(javadoc.substring(i)));
                break;
            }
            out.append(withoutHtml(javadoc.substring(i, start)));
            int depth = 0;
            int end = start;
            for (; end < javadoc.length(); end++) {
                char c = javadoc.charAt(end);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            var tag = javadoc.substring(start + 2, end);
            var split = tag.split("\\s+", 2);
            var content = split.length > 1 ? split[1].strip() : "";
            if (split[0].equals("link") || split[0].equals("linkplain")) {
                content = content.replaceFirst("^#", "").replace('#', '.');
            }
            out.append('`').append(content).append('`');
            i = end + 1;
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String withoutHtml(String text) {
        return text.replaceAll("</?\\w+[^>]*>", " ");
    }

    static String plain(String markdown) {
        return markdown.replace("`", "");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rendering

    /** Every file the catalogue consists of, by its path in the repository, with its content. */
    Map<Path, String> render() {
        var files = new TreeMap<Path, String>();
        files.put(MARKDOWN, markdown());
        for (var event : events) {
            files.put(SCHEMAS.resolve(event.schemaFile(event.revision())), pythonJson(schema(event, null)));
            for (var earlier : event.earlier()) {
                files.put(SCHEMAS.resolve(event.schemaFile(earlier.revision())), pythonJson(schema(event, earlier)));
            }
        }
        files.put(INDEX, pythonJson(index()));
        for (var language : LANGUAGES) {
            files.put(I18N.resolve(language + ".json"), i18n(language));
        }
        return files;
    }

    private Map<String, Object> index() {
        var list = new ArrayList<Object>();
        for (var event : events) {
            list.add(indexEntry(event, event.revision(), null));
            event.earlier().forEach(earlier -> list.add(indexEntry(event, earlier.revision(), earlier)));
        }
        var index = new LinkedHashMap<String, Object>();
        index.put("description", "Every event type and revision Verme stores; generated by EventCatalogueTest from "
                + "the code, do not edit. See events.md.");
        index.put("events", list);
        return index;
    }

    private static Map<String, Object> indexEntry(Event event, String revision, Earlier earlier) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("name", event.name());
        entry.put("type", event.type().getName());
        entry.put("revision", revision);
        entry.put("current", earlier == null);
        if (earlier != null) {
            entry.put("upcastTo", earlier.readAs());
        }
        entry.put("module", "verme-" + event.module());
        entry.put("aggregate", event.aggregate());
        entry.put("inYearExport", event.inYearExport());
        entry.put("file", event.schemaFile(revision));
        return entry;
    }

    private Map<String, Object> schema(Event event, Earlier earlier) {
        var revision = earlier == null ? event.revision() : earlier.revision();
        var fields = new ArrayList<>(event.fields());
        if (earlier != null) {
            fields.removeIf(field -> earlier.lacked().contains(field.name()));
            fields.replaceAll(field -> withoutLacked(field, earlier.lacked()));
            earlier.had().forEach(old -> fields.add(new Field(old.name(), old.shape(), false, old.description(),
                    PERSONAL.getOrDefault(old.name(), Personal.NONE))));
        }
        var schema = new LinkedHashMap<String, Object>();
        schema.put("$schema", DRAFT);
        schema.put("title", event.name() + ", revision " + revision);
        schema.put("description", plain(event.javadoc().description())
                + (earlier == null ? "" : " This is revision " + revision + ", stored before revision "
                + earlier.readAs() + "; Verme reads it as revision " + earlier.readAs() + "."));
        schema.put("$comment", "The payload of " + event.type().getName() + ", revision " + revision
                + ", as stored and exported. Generated by EventCatalogueTest from the code; do not edit.");
        schema.putAll(objectSchema(fields));
        return schema;
    }

    /** The field without what an earlier revision lacked inside it ({@code lines.quantity}: the lines' quantity). */
    private static Field withoutLacked(Field field, List<String> lacked) {
        var prefix = field.name() + ".";
        var inside = lacked.stream().filter(path -> path.startsWith(prefix))
                .map(path -> path.substring(prefix.length())).toList();
        if (inside.isEmpty()) {
            return field;
        }
        if (!(field.shape() instanceof Many many) || !(many.items() instanceof Composite composite)) {
            throw new IllegalStateException(field.name() + " is no list of records: " + lacked);
        }
        var kept = composite.fields().stream().filter(f -> !inside.contains(f.name())).toList();
        return new Field(field.name(), new Many(new Composite(composite.recordType(), kept)), field.nullable(),
                field.description(), field.personal());
    }

    private static Map<String, Object> objectSchema(List<Field> fields) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        var properties = new LinkedHashMap<String, Object>();
        for (var field : fields) {
            var property = new LinkedHashMap<String, Object>();
            property.put("description", plain(field.description()));
            property.putAll(shapeSchema(field.shape(), field.nullable()));
            properties.put(field.name(), property);
        }
        schema.put("properties", properties);
        schema.put("required", fields.stream().map(Field::name).toList());
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> shapeSchema(Shape shape, boolean nullable) {
        var schema = new LinkedHashMap<String, Object>();
        if (shape instanceof Scalar scalar) {
            schema.put("type", nullable ? List.of(scalar.type(), "null") : scalar.type());
            if (scalar.format() != null) {
                schema.put("format", scalar.format());
            }
            if (scalar.pattern() != null) {
                schema.put("pattern", scalar.pattern());
            }
        } else if (shape instanceof Choice choice) {
            schema.put("type", nullable ? List.of("string", "null") : "string");
            var values = new ArrayList<Object>(choice.values());
            if (nullable) {
                values.add(null);
            }
            schema.put("enum", values);
        } else if (shape instanceof Composite composite) {
            schema.putAll(objectSchema(composite.fields()));
            if (nullable) {
                schema.put("type", List.of("object", "null"));
            }
        } else if (shape instanceof Many many) {
            schema.put("type", nullable ? List.of("array", "null") : "array");
            schema.put("items", shapeSchema(many.items(), false));
        }
        return schema;
    }

    /** How a shape reads in the Markdown tables. */
    private static String jsonType(Shape shape) {
        if (shape instanceof Scalar scalar) {
            if ("date-time".equals(scalar.format())) {
                return "string: an instant, ISO 8601 in UTC";
            }
            if ("date".equals(scalar.format())) {
                return "string: a date, `YYYY-MM-DD`";
            }
            if (scalar.pattern() != null) {
                return "string: a time of day, `HH:mm:ss`";
            }
            return scalar.type().equals("number") ? "number: exact decimal" : scalar.type();
        }
        if (shape instanceof Choice choice) {
            return "string, one of " + choice.values().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        }
        if (shape instanceof Many many) {
            return "array of " + jsonType(many.items());
        }
        return "object";
    }

    private String markdown() {
        var md = new StringBuilder();
        md.append("""
                # The events Verme stores

                <!-- Generated by EventCatalogueTest from the code (the event records, their Javadoc, the aggregates
                     and the upcasters); do not edit. To regenerate:
                     %s -->

                Everything Verme records is an event, appended and never changed. This catalogue says, for every
                kind of event and each of its revisions, what it means and what each field of its payload is, so
                that an auditor reads a year's export without Verme's code. It is generated from that code, and a
                test fails when the two differ. For machines there is one
                [JSON Schema](https://json-schema.org/draft/2020-12/schema) per event type and revision in
                [`events/`](events/), listed in [`events/index.json`](events/index.json).

                **Reading an export line.** Each line of `GET /api/programmes/{organiser}/{schoolYear}/events`
                (the audit export, see the README's [Audit](../README.md#audit)) is one event: its `type` is the payload type below,
                `revision` its revision, `aggregateType` the aggregate it belongs to and `aggregateId` which one;
                `payload` is the event's JSON as stored, whose fields are listed under its type. `actingUser` and
                `correlationId` say who caused it and in which request ([api.md](api.md#who-and-why)).

                """.formatted(REGENERATE));
        md.append("""
                ## How payloads are written

                Payloads are JSON written by Axon's Jackson serializer with the application's `ObjectMapper`. Every
                field is always present; a field that may be null is written as `null`. Types:

                | in the catalogue | in the JSON | example |
                |---|---|---|
                | string | a string | `"seinajoki"` |
                | integer | a number without a fraction | `90` |
                | number: exact decimal | a number as the amount was given, never rounded (euros with two decimals where amounts are money): read it as a decimal, not a binary floating-point number | `50.00`, `2`, `0.5` |
                | boolean | `true` or `false` | `true` |
                | string: an instant, ISO 8601 in UTC | a string with up to nine decimals of a second | `"2026-11-30T10:11:40.356064305Z"` |
                | string: a date, `YYYY-MM-DD` | a string, a day in Finnish time unless the field says otherwise | `"2026-11-30"` |
                | string: a time of day, `HH:mm:ss` | a string, Finnish time | `"14:00:00"` |
                | string, one of … | a code, spelled as listed; the UI's words for each are in `GET /api/vocabulary` | `"TEACHER"` |
                | object | an object with the fields listed under it (`field.subfield`) | `{"organiser": "seinajoki", "schoolYear": "2026-2027"}` |
                | array of … | an array, in the order the field says; its items are never null | `["UUDET", "K55"]` |

                """);
        md.append("""
                ## Personal data and erasure

                Events carry no names, e-mail addresses or phone numbers: a person is an id in the person register
                (`enrolment.person`), where their contact details are. The column *leads to a person* says which
                fields are such ids, directly or through an enrolment or a mentor, and which hold free text.

                Erasing a person (`DELETE /api/persons/{personId}`) **changes no event**: the events are the record
                the hash chain covers, and no field of any event is blanked or removed. It deletes the person's row
                in the register and their enrolments' contact details, cancels and empties the mail to them, forgets
                the stored answers that named them and closes their accounts, and appends `PersonErased`, with an
                `EnrolmentWithdrawn` (reason `OTHER`) for each of their enrolments not yet history (a completed
                group keeps its members). From then on the ids in the events still stand but lead to no name: the
                views show the person as erased.
                Organisation names (`employer`, `unit`, `organisation`), roles and career stages are not personal
                data on their own; with an id they describe a person's work, and they stay too.

                ## Revisions

                An event's shape is never edited in place: a change makes a new revision (`revision` in the export).
                The export keeps every event as it was stored, with the revision it was stored in; Verme itself reads
                an earlier revision through an upcaster, which turns it into today's shape on the way in (the views,
                the aggregates and the state as of a day all see today's shape). Each earlier revision has its own
                schema, and its section below says what changed and how it is read.

                """);
        md.append("## Contents\n\n");
        for (var module : MODULES) {
            md.append("- `verme-").append(module).append("`: ").append(events.stream()
                    .filter(e -> e.module().equals(module)).map(e -> "[" + e.name() + "](#" + e.name().toLowerCase() + ")")
                    .collect(Collectors.joining(", "))).append('\n');
        }
        md.append('\n');
        for (var module : MODULES) {
            md.append("## Module `verme-").append(module).append("`\n\n");
            for (var event : events.stream().filter(e -> e.module().equals(module)).toList()) {
                section(md, event);
            }
        }
        return md.toString();
    }

    private void section(StringBuilder md, Event event) {
        md.append("### ").append(event.name()).append("\n\n").append(event.javadoc().description()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| `type` | `").append(event.type().getName()).append("` |\n");
        md.append("| `revision` | `").append(event.revision()).append('`');
        event.earlier().forEach(e -> md.append("; earlier: `").append(e.revision()).append('`'));
        md.append(" |\n");
        md.append("| module | `verme-").append(event.module()).append("` |\n");
        if (event.aggregate() != null) {
            md.append("| `aggregateType` | `").append(event.aggregate()).append("` |\n");
        } else {
            md.append("| `aggregateType` | none (null): published by `").append(event.publisher())
                    .append("`, not applied by an aggregate; `aggregateId` is the event's own id |\n");
        }
        md.append("| in a year's export | ").append(event.inYearExport() ? "yes" : "no: it names no programme year")
                .append(" |\n");
        md.append("| JSON Schema | [").append(event.schemaFile(event.revision())).append("](events/")
                .append(event.schemaFile(event.revision())).append(')');
        event.earlier().forEach(e -> md.append(", [").append(event.schemaFile(e.revision())).append("](events/")
                .append(event.schemaFile(e.revision())).append(')'));
        md.append(" |\n");
        var timeline = TIMELINE.get(event.name());
        if (timeline != null) {
            md.append("| on the timeline | ").append(timeline.fi()).append(" · ").append(timeline.sv()).append(" · ")
                    .append(timeline.en()).append(" |\n");
        }
        md.append("\n| field | JSON type | may be null | leads to a person | meaning |\n|---|---|---|---|---|\n");
        rows(md, event.fields(), "");
        md.append('\n');
        for (var earlier : event.earlier()) {
            md.append("**Revision ").append(earlier.revision()).append("**, stored before revision ")
                    .append(earlier.readAs()).append(" and exported as stored: it had no ")
                    .append(earlier.lacked().stream().map(f -> "`" + f + "`").collect(Collectors.joining(" and ")));
            if (!earlier.had().isEmpty()) {
                md.append(", and had ").append(earlier.had().stream()
                        .map(f -> "`" + f.name() + "` (" + jsonType(f.shape()) + ": " + f.description() + ")")
                        .collect(Collectors.joining(", ")));
            }
            var upcaster = upcasters.get(event.name() + "#" + earlier.revision());
            md.append(". Verme reads it as revision ").append(earlier.readAs());
            if (upcaster != null) {
                md.append(" through `").append(upcaster.getSimpleName()).append("`: ")
                        .append(javadocOf(upcaster).description());
            }
            md.append("\n\n");
        }
    }

    private static void rows(StringBuilder md, List<Field> fields, String prefix) {
        for (var field : fields) {
            md.append("| `").append(prefix).append(field.name()).append("` | ").append(cell(jsonType(field.shape())))
                    .append(" | ").append(field.nullable() ? "yes" : "no").append(" | ")
                    .append(cell(field.personal().words)).append(" | ").append(cell(field.description()))
                    .append(" |\n");
            var inner = field.shape() instanceof Many many ? many.items() : field.shape();
            if (inner instanceof Composite composite) {
                rows(md, composite.fields(), prefix + field.name() + (field.shape() instanceof Many ? "[]." : "."));
            }
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** The UI's texts in one language with {@code events} set to the timeline's sentences, the rest as it is. */
    private String i18n(String language) {
        Map<String, Object> texts = readJson(REPOSITORY.resolve(I18N).resolve(language + ".json"));
        var sentences = new LinkedHashMap<String, Object>();
        events.stream().map(Event::name).filter(TIMELINE::containsKey)
                .forEach(name -> sentences.put(name, TIMELINE.get(name).in(language)));
        texts.put("events", sentences);
        return pythonJson(texts);
    }

    static Map<String, Object> readJson(Path path) {
        try {
            return JSON.readValue(path.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON as the project writes its JSON files, Python's {@code json.dumps(value, ensure_ascii=False, indent=1)}
     * and a newline, so that a file written by either is the same byte for byte.
     */
    static String pythonJson(Object value) {
        var out = new StringBuilder();
        pythonJson(value, 0, out);
        return out.append('\n').toString();
    }

    private static void pythonJson(Object value, int depth, StringBuilder out) {
        Function<Integer, String> indent = level -> "\n" + " ".repeat(level);
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "" : ",").append(indent.apply(depth + 1));
                quote(String.valueOf(entry.getKey()), out);
                out.append(": ");
                pythonJson(entry.getValue(), depth + 1, out);
                first = false;
            }
            out.append(indent.apply(depth)).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",").append(indent.apply(depth + 1));
                pythonJson(list.get(i), depth + 1, out);
            }
            out.append(indent.apply(depth)).append(']');
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass());
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Event> event(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
