package fi.verme.compensation.views;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.compensation.api.ClaimApproved;
import fi.verme.compensation.api.CompensationRulesSet;
import fi.verme.compensation.api.EmployerSalaryCostSet;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.FindCompensation;
import fi.verme.compensation.api.FindCompensationAsOf;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.LineStatus;
import fi.verme.compensation.api.OrganisingHoursClaimed;
import fi.verme.compensation.api.Payee;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PaymentPeriodApproved.ApprovedLine;
import fi.verme.compensation.api.PaymentPeriodApproved;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.domain.Presets;
import fi.verme.compensation.lookups.DirectoryFeed;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.enrolment.api.Role;
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
    private CompensationPayees payees;
    private CompensationReport report;

    @BeforeEach
    void setUp() throws Exception {
        jdbc = DATABASE.jdbc();
        var bus = SimpleQueryBus.builder().build();
        bus.subscribe(FindPersons.class.getName(),
                ResponseTypes.multipleInstancesOf(PersonView.class).getExpectedResponseType(),
                (QueryMessage<?, ?> message) -> ((FindPersons) message.getPayload()).personIds().stream()
                        .map(id -> id.equals("person-1")
                                ? new PersonView(id, new ContactDetails("Anneli", "Kangas", "anneli@example.fi", null))
                                : new PersonView(id, new ContactDetails("Sami", "Sijainen", id + "@example.fi", null)))
                        .toList());
        directory = new DirectoryFeed(jdbc);
        ledger = new CompensationLedger(jdbc);
        payees = new CompensationPayees(jdbc);
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
        ledger.on(new OrganisingHoursClaimed("c1", year, mentor, new BigDecimal("2"), DAY, "Suunnittelu"), "e-claim",
                0);
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
                + ":" + mentor, mentor, LineKind.PLANNING_FEE, new BigDecimal("150.00"), new BigDecimal("3.00"),
                false)), new BigDecimal("150.00"), NOW), "e-period");
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
                new BigDecimal("150.00"), new BigDecimal("3.00"), false);
        var period = new PaymentPeriodApproved(id("p1"), year, "2026-10", List.of(planning), new BigDecimal("150.00"),
                NOW);
        List<Object> events = List.of(rulesSet, formed, new GroupStarted(group, year, DAY, 5),
                new MeetingHeld(id("m1"), group, year, DAY, 100, List.of("p1"), List.of(mentor)),
                new OrganisingHoursClaimed(id("c1"), year, mentor, new BigDecimal("2"), DAY, "Suunnittelu"),
                new ClaimApproved(id("c1"), year),
                new OrganisingHoursClaimed(id("c2"), year, mentor, BigDecimal.ONE, DAY, "Odottaa"), period);
        ledger.on((GroupStarted) events.get(2), "e1");
        ledger.on((MeetingHeld) events.get(3), "e2");
        ledger.on((OrganisingHoursClaimed) events.get(4), "e3", 0);
        ledger.on((ClaimApproved) events.get(5), "e4");
        ledger.on((OrganisingHoursClaimed) events.get(6), "e5", 2);
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

    @Test
    void aFeeChangeGivesOneAdjustmentLinePerMentorAndKindNotOnePerMeeting() {
        ledger.on(new GroupStarted(group, year, DAY, 5), "e-start");
        var sources = new java.util.ArrayList<ApprovedLine>();
        sources.add(new ApprovedLine("planning:" + year.id() + ":" + mentor, mentor, LineKind.PLANNING_FEE,
                new BigDecimal("150.00"), new BigDecimal("3.00"), false));
        for (int i = 0; i < 29; i++) {
            ledger.on(new MeetingHeld(id("m" + i), group, year, DAY, 90, List.of(), List.of(mentor)), "e-held-" + i);
            sources.add(new ApprovedLine("meeting:" + id("m" + i) + ":" + mentor, mentor, LineKind.MEETING_FEE,
                    new BigDecimal("50.00"), new BigDecimal("1.00"), false));
        }
        ledger.on(new PaymentPeriodApproved(id("p1"), year, "2026-10", List.copyOf(sources), new BigDecimal("1600.00"),
                NOW), "e-p1");
        // A new fee, 52.63 an hour: every meeting is owed 2.63 more, the planning fee 7.89.
        directory.feed(new CompensationRulesSet(year, 2, rulesSet.rules().toBuilder()
                .hourlyFee(new BigDecimal("52.63")).build()));

        var accruing = report.compensation(new FindCompensation(year)).mentors().get(0).lines().stream()
                .filter(line -> line.status() == LineStatus.ACCRUING).toList();
        assertThat(accruing).hasSize(2).allSatisfy(line -> assertThat(line.adjustment()).isTrue());
        var meetings = accruing.stream().filter(line -> line.kind() == LineKind.MEETING_FEE).findFirst().orElseThrow();
        assertThat(meetings.amount()).isEqualByComparingTo("76.27");
        assertThat(meetings.sourceIds()).hasSize(29);
        assertThat(meetings.sourceId()).isNull();
        assertThat(meetings.description()).isEqualTo("29 kpl / items");
        assertThat(meetings.quantity()).isEqualByComparingTo("29");

        // Approved, the adjustments stay one line per kind in the period, as the ledger keeps each source's own.
        var adjustments = new java.util.ArrayList<ApprovedLine>();
        adjustments.add(new ApprovedLine("planning:" + year.id() + ":" + mentor, mentor, LineKind.PLANNING_FEE,
                new BigDecimal("7.89"), new BigDecimal("3.00"), true));
        for (int i = 0; i < 29; i++) {
            adjustments.add(new ApprovedLine("meeting:" + id("m" + i) + ":" + mentor, mentor, LineKind.MEETING_FEE,
                    new BigDecimal("2.63"), new BigDecimal("1.00"), true));
        }
        ledger.on(new PaymentPeriodApproved(id("p2"), year, "2026-11", List.copyOf(adjustments),
                new BigDecimal("84.16"), NOW.plusSeconds(60)), "e-p2");
        var period = report.period(new fi.verme.compensation.api.FindPaymentPeriod(id("p2"))).orElseThrow();
        assertThat(period.lines()).hasSize(2).extracting(line -> line.kind())
                .containsExactlyInAnyOrder(LineKind.PLANNING_FEE, LineKind.MEETING_FEE);
        assertThat(period.lines().stream().filter(line -> line.kind() == LineKind.MEETING_FEE).findFirst()
                .orElseThrow().amount()).isEqualByComparingTo("76.27");
        assertThat(period.payees()).singleElement().satisfies(payee -> {
            assertThat(payee.name()).isEqualTo("Anneli Kangas");
            assertThat(payee.taxablePay()).isEqualByComparingTo("84.16");
            assertThat(payee.total()).isEqualByComparingTo(period.total());
        });
    }

    /** Found by an outsider: a paid meeting's "1,00" hours became "4,33" in the paid period's file. */
    @Test
    void anApprovedLineKeepsItsQuantityWhenTheRulesChangeAndAnOldOneReadsTodays() {
        var kept = id("kept");
        var old = id("old");
        for (var meeting : List.of(kept, old)) {
            ledger.on(new MeetingHeld(meeting, group, year, DAY, 390, List.of(), List.of(mentor)), "e-" + meeting);
        }
        ledger.on(new PaymentPeriodApproved(id("p1"), year, "2026-10", List.of(
                new ApprovedLine("meeting:" + kept + ":" + mentor, mentor, LineKind.MEETING_FEE,
                        new BigDecimal("50.00"), new BigDecimal("1.00"), false),
                new ApprovedLine("meeting:" + old + ":" + mentor, mentor, LineKind.MEETING_FEE,
                        new BigDecimal("50.00"), null, false)), new BigDecimal("100.00"), NOW), "e-p1");
        // Paid in proportion to 90 minutes from now on: a 390-minute meeting counts 4.33 hours.
        directory.feed(new CompensationRulesSet(year, 2, rulesSet.rules().toBuilder()
                .meetingPayment(fi.verme.compensation.api.MeetingPayment.PROPORTIONAL_TO_90_MINUTES).build()));

        var approved = report.period(new fi.verme.compensation.api.FindPaymentPeriod(id("p1"))).orElseThrow().lines();
        assertThat(approved).extracting(line -> line.sourceId(), line -> line.quantity()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("meeting:" + kept + ":" + mentor, new BigDecimal("1.00")),
                org.assertj.core.groups.Tuple.tuple("meeting:" + old + ":" + mentor, new BigDecimal("4.33")));
    }

    @Test
    void eachPayeeIsOwedTheirOwnAndTaxablePayIsApartFromReimbursements() {
        directory.feed(new CompensationRulesSet(year, 2, rulesSet.rules().toBuilder().substituteDayRate(
                new BigDecimal("120.00")).arrangementsReimbursed(true).arrangementsBudgetPerGroup(new BigDecimal("40.00"))
                .travelReimbursed(true).build()));
        ledger.on(new GroupStarted(group, year, DAY, 5), "e-start");
        var substitute = new ExpenseClaimed(id("c1"), year, mentor, null, ExpenseKind.SUBSTITUTE, null, BigDecimal.ONE,
                null, DAY, "Kasperin koulu", Payee.employer("Kasperin koulu"), null);
        var coffee = new ExpenseClaimed(id("c2"), year, mentor, group, ExpenseKind.ARRANGEMENTS, new BigDecimal("25.50"),
                null, "K-1", DAY, null, Payee.mentor(mentor), null);
        var travel = new ExpenseClaimed(id("c3"), year, null, null, ExpenseKind.TRAVEL, new BigDecimal("12.40"), null,
                "Matka 7", DAY, "Seinäjoen kaupunki", Payee.person("person-7"), "person-7");
        long order = 0;
        for (var claim : List.of(substitute, coffee, travel)) {
            ledger.on(claim, "e-" + claim.claimId(), order++);
            payees.on(claim);
            ledger.on(new ClaimApproved(claim.claimId(), year), "e-ok-" + claim.claimId());
        }

        var view = report.compensation(new FindCompensation(year));
        assertThat(view.payees()).extracting(p -> p.payee().kind())
                .containsExactly(PayeeKind.MENTOR, PayeeKind.PERSON, PayeeKind.EMPLOYER);
        var anneli = view.payees().get(0);
        assertThat(anneli.taxablePay()).isEqualByComparingTo("150.00");
        assertThat(anneli.reimbursements()).isEqualByComparingTo("25.50");
        assertThat(view.payees().get(1).name()).isEqualTo("Sami Sijainen");
        assertThat(view.payees().get(1).reimbursements()).isEqualByComparingTo("12.40");
        var school = view.payees().get(2);
        assertThat(school.name()).isEqualTo("Kasperin koulu");
        assertThat(school.reimbursements()).isEqualByComparingTo("120.00");
        assertThat(school.lines()).singleElement().satisfies(line -> {
            assertThat(line.mentorId()).isEqualTo(mentor);
            assertThat(line.description()).startsWith("Mentoreiden suunnittelutapaaminen");
        });
        // The mentor's own total is what is owed to them; the substitute is not.
        assertThat(view.mentors()).singleElement().satisfies(m -> assertThat(m.total()).isEqualByComparingTo("175.50"));
        assertThat(view.total()).isEqualByComparingTo("307.90");
        var claim = report.claim(new fi.verme.compensation.api.FindClaim(id("c3"))).orElseThrow();
        assertThat(claim.payee()).isEqualTo(Payee.person("person-7"));
        assertThat(claim.participantId()).isEqualTo("person-7");
        assertThat(claim.mentorId()).isNull();
    }

    @Test
    void theEmployerReportAddsSalaryCostAtFinancesRateTimesMeetingHours() {
        directory.feed(new CompensationRulesSet(year, 2, Presets.of(Preset.OPELIX)));
        for (var person : List.of("p1", "p2")) {
            ledger.on(new EnrolmentSubmitted(id("e-" + person), id(person), year, Role.TEACHER, "Opelixin kunta", "Koulu",
                    CareerStage.NEW, List.of(), List.of(), true, NOW, null));
        }
        ledger.on(new MeetingHeld(id("m1"), group, year, DAY, 180, List.of(id("p1"), id("p2")), List.of(mentor)), "e-m1");
        ledger.on(new MeetingHeld(id("m2"), group, year, DAY, 100, List.of(id("p1")), List.of(mentor)), "e-m2");
        payees.on(new EmployerSalaryCostSet(year, "Opelixin kunta", new BigDecimal("31.17")));

        var employers = report.compensation(new FindCompensation(year)).employers();
        assertThat(employers).singleElement().satisfies(employer -> {
            assertThat(employer.participants()).isEqualTo(2);
            // 460 min = 7.666.. h; x 31.17 = 238.97 (rounded once), not 7.67 x 31.17 = 239.07
            assertThat(employer.meetingHours()).isEqualByComparingTo("7.67");
            assertThat(employer.hourlySalaryCost()).isEqualByComparingTo("31.17");
            assertThat(employer.salaryCost()).isEqualByComparingTo("238.97");
            assertThat(employer.total()).isEqualByComparingTo("238.97");
        });
        assertThat(report.compensation(new FindCompensation(year)).participants())
                .allSatisfy(p -> assertThat(p.employer()).isEqualTo("Opelixin kunta"));
    }

    /** Ids of this test's own, as the tests share one database. */
    private String id(String name) {
        return year.organiser() + "-" + name;
    }
}
