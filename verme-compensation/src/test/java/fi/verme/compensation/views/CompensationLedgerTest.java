package fi.verme.compensation.views;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindCompensationAsOf;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.LineStatus;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.domain.Presets;
import fi.verme.compensation.lookups.DirectoryFeed;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.MentorRegistered;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds events to the compensation ledger on a real PostgreSQL and reads finance's view. */
class CompensationLedgerTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("compensation");

    private JdbcTemplate jdbc;
    static final Instant NOW = Instant.parse("2026-10-01T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private final ProgrammeYear year = new ProgrammeYear("ledger-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private final String mentor = year.organiser() + "-mentor";
    private final String group = year.organiser() + "-group";
    private final CompensationRulesSet rulesSet = new CompensationRulesSet(year, 1,
            Presets.of(Preset.SEINAJOKI).toBuilder().hourlyFee(new BigDecimal("50.00")).build());
    private final MentorRegistered registered = new MentorRegistered(mentor, "person-1", "Seinäjoen kaupunki", 2015,
            "Verme", NOW, "seinajoki");
    private final GroupFormed formed = new GroupFormed(group, year, "UUDET", "Uudet",
            List.of(new GroupMentor(mentor, "person-1")), 4, 8, "Kasperi", false, null, NOW);
    private DirectoryFeed directory;
    private CompensationLedger ledger;
    private CompensationReport report;

    @BeforeEach
    void setUp() throws Exception {
        jdbc = DATABASE.jdbc();
        var bus = SimpleQueryBus.builder().build();
        bus.subscribe(FindPersons.class.getName(),
                ResponseTypes.multipleInstancesOf(PersonView.class).getExpectedResponseType(),
                (QueryMessage<?, ?> message) -> List.of(new PersonView("person-1",
                        new ContactDetails("Anneli", "Kangas", "anneli@example.fi", null))));
        directory = new DirectoryFeed(jdbc);
        ledger = new CompensationLedger(jdbc);
        report = new CompensationReport(jdbc, directory.directory(),
                DefaultQueryGateway.builder().queryBus(bus).build());
        directory.feed(rulesSet, registered, formed);
    }

    @Test
    void pricesEachSourceAndKeepsApprovedAmountsAsApproved() {
        ledger.on(new GroupStarted(group, year, DAY, 5), "e-start");
        var held = new MeetingHeld("m1", group, year, DAY, 90, List.of("p1", "p2"), List.of(mentor));
        ledger.on(held, "e-held");
        ledger.on(held, "e-held"); // a replayed event changes nothing twice
        ledger.on(new OrganisingHoursClaimed("c1", year, mentor, new BigDecimal("2"), DAY, "Suunnittelu"), "e-claim");
        ledger.on(new ClaimApproved("c1", year), "e-approved");
        ledger.on(new ClaimApproved("c1", year), "e-approved");

        var view = report.compensation(new FindCompensation(year));
        var anneli = view.mentors().get(0);
        assertThat(anneli.name()).isEqualTo("Anneli Kangas");
        // 3 h planning + 1 h meeting + 2 h organising = 6 h x 50.00
        assertThat(anneli.total()).isEqualByComparingTo("300.00");
        assertThat(anneli.lines()).extracting(l -> l.kind())
                .containsExactlyInAnyOrder(LineKind.PLANNING_FEE, LineKind.MEETING_FEE, LineKind.ORGANISING_HOURS);
        var claimLine = anneli.lines().stream().filter(l -> l.kind() == LineKind.ORGANISING_HOURS).findFirst()
                .orElseThrow();
        assertThat(claimLine.eventIds()).containsExactly("e-claim", "e-approved");
        assertThat(report.owed(year).entitlements()).hasSize(3);

        ledger.on(new PaymentPeriodApproved("p1", year, "2026-10", List.of(new ApprovedLine("planning:" + year.id()
                + ":" + mentor, mentor, LineKind.PLANNING_FEE, new BigDecimal("150.00"), false)),
                new BigDecimal("150.00"), NOW), "e-period");
        var after = report.compensation(new FindCompensation(year)).mentors().get(0);
        assertThat(after.approved()).isEqualByComparingTo("150.00");
        assertThat(after.accruing()).isEqualByComparingTo("150.00");
        assertThat(after.lines().stream().filter(l -> l.status() == LineStatus.APPROVED).findFirst().orElseThrow()
                .periodId()).isEqualTo("p1");
        assertThat(report.compensation(new FindCompensation(year)).participants()).hasSize(2);
    }

    @Test
    void theAuditorsFoldOfTheEventsOwesWhatTheLedgerOwes() {
        var planning = new ApprovedLine("planning:" + year.id() + ":" + mentor, mentor, LineKind.PLANNING_FEE,
                new BigDecimal("150.00"), false);
        var period = new PaymentPeriodApproved(id("p1"), year, "2026-10", List.of(planning), new BigDecimal("150.00"),
                NOW);
        List<Object> events = List.of(rulesSet, formed, new GroupStarted(group, year, DAY, 5),
                new MeetingHeld(id("m1"), group, year, DAY, 100, List.of("p1"), List.of(mentor)),
                new OrganisingHoursClaimed(id("c1"), year, mentor, new BigDecimal("2"), DAY, "Suunnittelu"),
                new ClaimApproved(id("c1"), year),
                new OrganisingHoursClaimed(id("c2"), year, mentor, BigDecimal.ONE, DAY, "Odottaa"), period);
        ledger.on((GroupStarted) events.get(2), "e1");
        ledger.on((MeetingHeld) events.get(3), "e2");
        ledger.on((OrganisingHoursClaimed) events.get(4), "e3");
        ledger.on((ClaimApproved) events.get(5), "e4");
        ledger.on((OrganisingHoursClaimed) events.get(6), "e5");
        ledger.on(period, "e6");

        var ledgers = report.compensation(new FindCompensation(year)).mentors().get(0);
        var folded = new CompensationAsOf().answer(new FindCompensationAsOf(year, events)).mentors();
        assertThat(folded).singleElement().satisfies(mentorAsOf -> {
            assertThat(mentorAsOf.mentorId()).isEqualTo(mentor);
            // 3 h planning + 1 h meeting + 2 h approved organising (the pending claim owes nothing yet), at 50.00
            assertThat(mentorAsOf.owed()).isEqualByComparingTo(ledgers.total()).isEqualByComparingTo("300.00");
            assertThat(mentorAsOf.approved()).isEqualByComparingTo(ledgers.approved());
            assertThat(mentorAsOf.paid()).isEqualByComparingTo(ledgers.paid()).isEqualByComparingTo("0");
        });
    }

    /** Ids of this test's own, as the tests share one database. */
    private String id(String name) {
        return year.organiser() + "-" + name;
    }
}
