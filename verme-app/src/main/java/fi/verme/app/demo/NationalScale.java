package fi.verme.app.demo;

import fi.verme.compensation.api.ApproveClaim;
import fi.verme.compensation.api.ApprovePaymentPeriod;
import fi.verme.compensation.api.ClaimOrganisingHours;
import fi.verme.compensation.api.CompensationRules;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.api.SetCompensationRules;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.LateReason;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.RegisterPerson;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.enrolment.api.Theme;
import fi.verme.groups.api.CompleteGroup;
import fi.verme.groups.api.FormGroup;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.groups.api.StartGroup;
import fi.verme.meetings.api.RecordMeetingHeld;
import fi.verme.meetings.api.RecordMinutes;
import fi.verme.meetings.api.ScheduleMeeting;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generates programme years at national scale through the real commands, deterministically from a
 * seed: {@code verme.generate.organisers} organisers (300 for the whole country), each with about 50
 * enrolments, 6 or 7 groups with their mentors, placements, and in the current year 6 held meetings
 * per group with attendance and minutes, an approved organising-hours claim per mentor and an approved
 * payment period; {@code verme.generate.years} years back (earlier years: late enrolments into groups
 * that completed their year). Runs once at start-up when asked (README: "A national-scale year").
 */
@Component
@Order(3)
class NationalScale implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NationalScale.class);
    private static final Map<String, Object> ACTING = Map.of("actingUser", "generator");
    private static final List<Theme> THEMES = List.of(new Theme("UUDET", "Uudet opettajat"),
            new Theme("ERITYIS", "Erityisopetus ja tuki"), new Theme("OHJAAJAT", "Koulunkäynnin ohjaajat"),
            new Theme("ALAKOULU", "Alakoulun arki"), new Theme("YLAKOULU", "Yläkoulun aineenopettajat"),
            new Theme("K55", "Kokeneet konkarit"));
    private static final int ENROLMENTS = 50;
    private static final int MEETINGS = 6;

    private final CommandGateway commands;
    private final Clock clock;
    private final int organisers;
    private final int years;
    private final long seed;
    private final int threads;
    private final AtomicLong sent = new AtomicLong();

    NationalScale(CommandGateway commands, Clock clock,
                  @Value("${verme.generate.organisers:0}") int organisers,
                  @Value("${verme.generate.years:1}") int years,
                  @Value("${verme.generate.seed:2026}") long seed,
                  @Value("${verme.generate.threads:4}") int threads) {
        this.commands = commands;
        this.clock = clock;
        this.organisers = organisers;
        this.years = years;
        this.seed = seed;
        this.threads = threads;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (organisers <= 0) {
            return;
        }
        var today = LocalDate.now(clock);
        long started = System.nanoTime();
        var pool = Executors.newFixedThreadPool(threads);
        try {
            for (int back = years - 1; back >= 0; back--) {
                int start = Integer.parseInt(ProgrammeYear.schoolYearOf(today).substring(0, 4)) - back;
                var schoolYear = start + "-" + (start + 1);
                var work = new ArrayList<Callable<Void>>();
                for (int o = 0; o < organisers; o++) {
                    var year = new ProgrammeYear(String.format("kunta-%03d", o), schoolYear);
                    boolean current = back == 0;
                    work.add(() -> {
                        organiserYear(year, current, today, new Random(seed * 1_000_003 + year.id().hashCode()));
                        return null;
                    });
                }
                for (var done : pool.invokeAll(work)) {
                    done.get();
                }
                LOG.info("Generated {} for {} organisers: {} commands so far, {} s", schoolYear, organisers, sent.get(),
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One generated group: its mentor (ids of the mentor and of their person) and its members' person ids. */
    private record Generated(String groupId, String mentorId, String mentorPerson, List<String> members) {
    }

    private void organiserYear(ProgrammeYear year, boolean current, LocalDate today, Random random) {
        openYear(year, current, today);
        int groupCount = THEMES.size() + (random.nextInt(3) == 0 ? 1 : 0);
        var groups = new ArrayList<Generated>();
        for (int g = 0; g < groupCount; g++) {
            groups.add(mentoredGroup(year, g));
        }
        enrolAndPlace(year, current, random, groups);
        for (int g = 0; g < groupCount; g++) {
            var group = groups.get(g);
            if (group.members().size() < 4) {
                continue;
            }
            send(new StartGroup(group.groupId()));
            if (current) {
                holdMeetings(group, g, today, random);
                approvedClaim(year, group, g, today);
            } else {
                send(new CompleteGroup(group.groupId()));
            }
        }
        if (current) {
            send(new ApprovePaymentPeriod(id(year + "-period"), year, today.toString().substring(0, 7)));
        }
    }

    /** The current year's call is open around today, under Seinäjoki's rules; an earlier year's was in August. */
    private void openYear(ProgrammeYear year, boolean current, LocalDate today) {
        if (current) {
            send(new OpenEnrolmentCall(year, THEMES, List.of(), DemoData.max(year.firstDay(), today.minusDays(30)),
                    DemoData.min(year.lastDay(), today.plusDays(30))));
            send(new SetCompensationRules(year, CompensationRules.builder().preset(Preset.SEINAJOKI)
                    .hourlyFee(new BigDecimal("50.00")).substituteDayRate(new BigDecimal("120.00")).build()));
        } else {
            send(new OpenEnrolmentCall(year, THEMES, List.of(), year.firstDay().plusDays(14), year.firstDay().plusDays(45)));
        }
    }

    /** The g-th group, on the g-th theme (round), with a mentor of its own. */
    private Generated mentoredGroup(ProgrammeYear year, int g) {
        var email = "mentori" + g + "." + year.organiser() + "." + year.schoolYear() + "@generoitu.example";
        String person = send(new RegisterPerson(id("person-" + email),
                new ContactDetails("Mentori" + g, "Generoitu", email, null)));
        var mentorId = id(year + "-mentor-" + g);
        send(new RegisterMentor(mentorId, person, "Kunta " + year.organiser(), 2010 + g, "Verme-koulutus",
                year.organiser()));
        var groupId = id(year + "-group-" + g);
        var theme = THEMES.get(g % THEMES.size());
        send(new FormGroup(groupId, year, theme.code(), theme.name() + " " + (g + 1), List.of(mentorId), null, null,
                "Koulu " + g, false, null));
        return new Generated(groupId, mentorId, person, new ArrayList<>());
    }

    /** Each enrolment wishes for one group and is placed in it while it has fewer than 8 members. */
    private void enrolAndPlace(ProgrammeYear year, boolean current, Random random, List<Generated> groups) {
        for (int e = 0; e < ENROLMENTS; e++) {
            var email = "osallistuja" + e + "." + year.organiser() + "." + year.schoolYear() + "@generoitu.example";
            var enrolmentId = id(year + "-enrolment-" + e);
            var personId = id("person-" + email);
            int wish = random.nextInt(groups.size());
            send(new SubmitEnrolment(enrolmentId, personId, year, new ContactDetails("Osallistuja" + e, "Generoitu",
                    email, null), Role.TEACHER, "Kunta " + year.organiser(), "Koulu " + random.nextInt(12),
                    CareerStage.values()[random.nextInt(CareerStage.values().length)],
                    List.of(THEMES.get(wish % THEMES.size()).code()), List.of(), true,
                    current ? null : LateReason.COORDINATOR_DECISION, true));
            var group = groups.get(wish);
            if (group.members().size() < 8) {
                send(new PlaceParticipant(group.groupId(), enrolmentId));
                group.members().add(personId);
            }
        }
    }

    /** Six meetings today, one after another, each with attendance (one member may be absent) and minutes. */
    private void holdMeetings(Generated group, int g, LocalDate today, Random random) {
        for (int m = 0; m < MEETINGS; m++) {
            var meetingId = id(group.groupId() + "-meeting-" + m);
            send(new ScheduleMeeting(group.groupId(), meetingId, today, LocalTime.of(8, 0).plusMinutes(90L * m), 90,
                    "Koulu " + g, false));
            var present = group.members().subList(0, group.members().size() - random.nextInt(2));
            send(new RecordMeetingHeld(group.groupId(), meetingId, 90, List.copyOf(present), null));
            send(new RecordMinutes(group.groupId(), meetingId, group.mentorPerson(), List.of("Kuulumiset", "Teema " + m),
                    "Keskustelimme teemasta " + m + " ja sovimme seuraavasta kerrasta."));
        }
    }

    private void approvedClaim(ProgrammeYear year, Generated group, int g, LocalDate today) {
        var claimId = id(year + "-claim-" + g);
        send(new ClaimOrganisingHours(claimId, year, group.mentorId(), new BigDecimal("2"), today, "Järjestelyt"));
        send(new ApproveClaim(year, claimId));
    }

    private <R> R send(Object command) {
        R result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ACTING));
        sent.incrementAndGet();
        return result;
    }

    private String id(String name) {
        return UUID.nameUUIDFromBytes(("generated-" + seed + "-" + name).getBytes()).toString();
    }
}
