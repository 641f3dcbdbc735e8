package fi.verme.app.demo;

import fi.verme.app.storage.DatabaseMode;
import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.DuplicateEnrolmentException;
import fi.verme.enrolment.api.EnrolmentAlreadyWithdrawnException;
import fi.verme.enrolment.api.EnrolmentCallAlreadyOpenedException;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.ProgrammeYear;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.enrolment.api.Theme;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.enrolment.api.WithdrawalReason;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A realistic demo, issued as real commands so that its events exist: Seinäjoki's basic education
 * in the current school year, the brochure's kinds of groups, and about 50 enrolments of teachers,
 * special-education teachers and school assistants. The call is open around today, so that a new
 * user can enrol someone at once.
 *
 * <p>Seeding runs until it has finished once. Every step has a fixed id and counts as done when
 * the command side says it already happened, so a start after a crash half-way through seeding
 * completes the demo instead of leaving it short.
 */
@Component
@Order(0) // before ProjectionBarrier's start-up wait, so the demo is in the views when start-up ends
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Map<String, Object> ACTING = Map.of("actingUser", "demo-data");
    static final String ORGANISER = "seinajoki";
    static final int ENROLMENTS = 50;

    private static final List<Theme> THEMES = List.of(
            new Theme("UUDET", "Uudet opettajat – ensimmäiset vuodet"),
            new Theme("ERITYIS", "Erityisopetus ja tuki"),
            new Theme("OHJAAJAT", "Koulunkäynnin ohjaajien verme"),
            new Theme("ALAKOULU", "Alakoulun arki ja yhteistyö"),
            new Theme("YLAKOULU", "Yläkoulun aineenopettajat"),
            new Theme("K55", "K55 – kokeneet konkarit"));
    private static final List<String> FIRST_NAMES = List.of("Aino", "Eeva", "Elina", "Hanna", "Heidi", "Johanna",
            "Katja", "Laura", "Liisa", "Marja", "Minna", "Päivi", "Riikka", "Sari", "Tiina", "Sanna", "Jyrki",
            "Juha", "Jussi", "Kari", "Markku", "Matti", "Mikko", "Pekka", "Sami", "Timo", "Väinö", "Åsa", "Jönsä",
            "Ilkka");
    private static final List<String> LAST_NAMES = List.of("Mäkelä", "Hämäläinen", "Järvinen", "Koskinen",
            "Heikkilä", "Mäkinen", "Ylä-Mononen", "Kivistö", "Hietala", "Ketola", "Ojala", "Rintamäki", "Yli-Äyhö",
            "Kärkkäinen", "Niemelä", "Seppälä", "Lähdesmäki", "Björkqvist", "Östman", "Peltoniemi");
    private static final List<String> UNITS = List.of("Kasperin koulu", "Joupin koulu", "Kärjen koulu",
            "Nurmon yläkoulu", "Pohjan koulu", "Törnävän koulu", "Ylistaron yhtenäiskoulu", "Peräseinäjoen koulu",
            "Marttilan koulu", "Hyllykallion koulu");

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoData(CommandGateway commands, JdbcTemplate jdbc, Clock clock, DatabaseMode mode,
             @Value("${verme.demo.enabled:#{null}}") Boolean enabled) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled != null ? enabled : mode == DatabaseMode.EMBEDDED;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.now(clock);
        var programmeYear = new ProgrammeYear(ORGANISER, ProgrammeYear.schoolYearOf(today));
        if (!enabled || seeded(programmeYear)) {
            return;
        }
        LOG.info("Seeding the demo programme {} with {} enrolments", programmeYear, ENROLMENTS);
        var opensOn = max(programmeYear.firstDay(), today.minusDays(21));
        var closesOn = min(programmeYear.lastDay(), today.plusDays(30));
        send(new OpenEnrolmentCall(programmeYear, THEMES, List.of(Role.TEACHER, Role.SPECIAL_EDUCATION_TEACHER,
                Role.SCHOOL_ASSISTANT, Role.PRINCIPAL, Role.STUDENT_TEACHER), opensOn, closesOn));
        var random = new Random(2026);
        var enrolmentIds = new ArrayList<String>();
        for (int i = 0; i < ENROLMENTS; i++) {
            enrolmentIds.add(enrol(programmeYear, i, random));
        }
        send(new WithdrawEnrolment(enrolmentIds.get(7), WithdrawalReason.WORKLOAD));
        send(new WithdrawEnrolment(enrolmentIds.get(31), WithdrawalReason.SCHEDULE));
        jdbc.update("insert into app.demo_seed (programme_year) values (?) on conflict do nothing",
                programmeYear.id());
    }

    private String enrol(ProgrammeYear programmeYear, int index, Random random) {
        var firstName = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        var lastName = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        var email = ascii(firstName + "." + lastName) + index + "@edu.seinajoki.example";
        var roll = random.nextInt(10);
        var role = roll < 6 ? Role.TEACHER : roll < 8 ? Role.SPECIAL_EDUCATION_TEACHER : Role.SCHOOL_ASSISTANT;
        var stage = CareerStage.values()[1 + random.nextInt(3)];
        var wishes = new LinkedHashSet<String>();
        wishes.add(firstWish(role, stage, random));
        int more = random.nextInt(3);
        while (wishes.size() < 1 + more) {
            wishes.add(THEMES.get(random.nextInt(THEMES.size())).code());
        }
        var slots = new ArrayList<>(List.of(AvailabilitySlot.values()));
        Collections.shuffle(slots, random);
        var enrolmentId = UUID.nameUUIDFromBytes(("demo-" + programmeYear + "-" + index).getBytes()).toString();
        send(new SubmitEnrolment(enrolmentId,
                UUID.nameUUIDFromBytes(("demo-person-" + email).getBytes()).toString(), programmeYear,
                new ContactDetails(firstName, lastName, email, random.nextBoolean() ? null
                        : "040 " + (1000000 + random.nextInt(8999999))),
                role, "Seinäjoen kaupunki", UNITS.get(random.nextInt(UNITS.size())), stage, List.copyOf(wishes),
                List.copyOf(slots.subList(0, 2 + random.nextInt(3))), true, null));
        return enrolmentId;
    }

    private static String firstWish(Role role, CareerStage stage, Random random) {
        if (role == Role.SCHOOL_ASSISTANT) {
            return "OHJAAJAT";
        }
        if (role == Role.SPECIAL_EDUCATION_TEACHER) {
            return "ERITYIS";
        }
        if (stage == CareerStage.NEW) {
            return "UUDET";
        }
        if (stage == CareerStage.SENIOR && random.nextBoolean()) {
            return "K55";
        }
        return random.nextBoolean() ? "ALAKOULU" : "YLAKOULU";
    }

    private boolean seeded(ProgrammeYear programmeYear) {
        return !jdbc.queryForList("select 1 from app.demo_seed where programme_year = ?", Integer.class,
                programmeYear.id()).isEmpty();
    }

    /** Sends one seeding step; a step that an earlier, interrupted seeding already took counts as done. */
    private void send(Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ACTING));
        } catch (EnrolmentCallAlreadyOpenedException | DuplicateEnrolmentException
                 | EnrolmentAlreadyWithdrawnException alreadyDone) {
            LOG.debug("Demo step already taken: {}", alreadyDone.getMessage());
        }
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replaceAll("[^a-z.]", "");
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
