package fi.verme.groups.views;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.ActionAgreementRecorded;
import fi.verme.groups.api.CancellationReason;
import fi.verme.groups.api.Commitment;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindProgrammeOverview;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.ListGroups;
import fi.verme.groups.api.ListLedGroups;
import fi.verme.groups.api.ListWaitlist;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.PersonGroupView;
import fi.verme.groups.api.RemovalReason;
import fi.verme.groups.lookups.CandidateFeed;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds events to the group views (and the candidates lookup they read) on a real PostgreSQL and reads them back. */
class GroupRosterTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("groups");

    private JdbcTemplate jdbc;
    static final Instant NOW = Instant.parse("2026-09-20T09:00:00Z");

    private final ProgrammeYear year = new ProgrammeYear("roster-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    /** The person register as the enrolment module answers FindPersons; erased people are absent. */
    private final Map<String, ContactDetails> register = new HashMap<>();
    private GroupRoster roster;
    private WaitingList waitingList;
    private CandidateFeed candidates;

    @BeforeEach
    void setUp() {
        jdbc = DATABASE.jdbc();
        var bus = SimpleQueryBus.builder().build();
        bus.subscribe(FindPersons.class.getName(), ResponseTypes.multipleInstancesOf(PersonView.class).getExpectedResponseType(),
                (QueryMessage<?, ?> message) -> ((FindPersons) message.getPayload()).personIds().stream()
                        .filter(register::containsKey).map(id -> new PersonView(id, register.get(id))).toList());
        var names = new PersonNames(DefaultQueryGateway.builder().queryBus(bus).build());
        roster = new GroupRoster(jdbc, names);
        waitingList = new WaitingList(jdbc, names, DefaultQueryGateway.builder().queryBus(bus).build());
        candidates = new CandidateFeed(jdbc);
    }

    private String id(String name) {
        return year.organiser() + "-" + name;
    }

    private void enrol(String enrolment, String person, String first, String unit) {
        register.put(id(person), new ContactDetails(first, "Mäkelä", first.toLowerCase() + "@example.fi", null));
        candidates.on(new EnrolmentSubmitted(id(enrolment), id(person), year, Role.TEACHER, "Tampereen kaupunki", unit,
                CareerStage.NEW, List.of("UUDET"), List.of(AvailabilitySlot.MONDAY_AFTERNOON), true, NOW, null));
    }

    private void place(String group, String enrolment, String person) {
        var event = new ParticipantPlaced(id(group), year, id(enrolment), id(person), NOW);
        roster.on(event);
        candidates.on(event);
    }

    private void formGroup(String group) {
        register.put(id("mentor-person"), new ContactDetails("Anneli", "Kangas", "anneli@example.fi", null));
        roster.on(new GroupFormed(id(group), year, "UUDET", "Uudet opettajat",
                List.of(new GroupMentor(id("mentor"), id("mentor-person"))), 2, 3, "Osake", false, null, NOW));
    }

    @Test
    void showsTheRosterWithNamesSizeAndAgreement() {
        formGroup("g");
        enrol("e1", "p1", "Aino", "Kalevan koulu");
        enrol("e2", "p2", "Eeva", "Hervannan koulu");
        place("g", "e1", "p1");
        place("g", "e2", "p2");
        roster.on(new GroupStarted(id("g"), year, LocalDate.of(2026, 9, 20), 2));
        roster.on(new ActionAgreementRecorded(id("g"), year, LocalDate.of(2026, 9, 20),
                List.of(Commitment.ACTIVE_PARTICIPATION, Commitment.CONFIDENTIALITY), List.of(id("e1"), id("e2"))));

        var group = roster.find(new FindGroup(id("g"))).orElseThrow();
        assertThat(group.status()).isEqualTo(GroupStatus.STARTED);
        assertThat(group.size()).isEqualTo(2);
        assertThat(group.freeSeats()).isEqualTo(1);
        assertThat(group.reachedMinimum()).isTrue();
        assertThat(group.members()).extracting(m -> m.name().firstName()).containsExactly("Aino", "Eeva");
        assertThat(group.members()).extracting(m -> m.unit()).containsExactly("Kalevan koulu", "Hervannan koulu");
        assertThat(group.mentors()).extracting(m -> m.name().lastName()).containsExactly("Kangas");
        assertThat(group.agreement().acceptedBy()).containsExactly(id("e1"), id("e2"));
        assertThat(roster.list(new ListGroups(year, null, null))).singleElement()
                .satisfies(summary -> assertThat(summary.agreementRecorded()).isTrue());
    }

    @Test
    void showsAnErasedPersonAsErased() {
        formGroup("g");
        enrol("e1", "p1", "Aino", "Kalevan koulu");
        place("g", "e1", "p1");
        register.remove(id("p1"));
        var member = roster.find(new FindGroup(id("g"))).orElseThrow().members().get(0);
        assertThat(member.name().erased()).isTrue();
        assertThat(member.name().firstName()).isNull();
        assertThat(member.email()).isNull();
    }

    @Test
    void cancellationEmptiesTheGroupAndTheOverviewCountsTheWaitingList() {
        formGroup("g");
        enrol("e1", "p1", "Aino", "Kalevan koulu");
        enrol("e2", "p2", "Eeva", "Hervannan koulu");
        place("g", "e1", "p1");
        place("g", "e2", "p2");
        var removed = new ParticipantRemoved(id("g"), year, id("e2"), id("p2"), RemovalReason.PARTICIPANT_REQUEST, NOW);
        roster.on(removed);
        candidates.on(removed);
        var cancelled = new GroupCancelled(id("g"), year, CancellationReason.TOO_FEW_PARTICIPANTS, List.of(id("e1")),
                LocalDate.of(2026, 9, 21));
        roster.on(cancelled);
        candidates.on(cancelled);
        candidates.on(new EnrolmentWaitlisted(id("e1"), year, WaitlistReason.GROUP_CANCELLED, NOW));

        var group = roster.find(new FindGroup(id("g"))).orElseThrow();
        assertThat(group.status()).isEqualTo(GroupStatus.CANCELLED);
        assertThat(group.members()).isEmpty();
        assertThat(group.freeSeats()).isZero();
        var overview = roster.overview(new FindProgrammeOverview(year));
        assertThat(overview.groupsByStatus()).containsEntry(GroupStatus.CANCELLED, 1);
        assertThat(overview.waitlisted()).isEqualTo(1);
        assertThat(overview.unplaced()).isEqualTo(1); // e2 left the group and nobody has decided about them yet
        assertThat(waitingList.waitlist(new ListWaitlist(year)).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo(WaitlistReason.GROUP_CANCELLED));
        assertThat(candidates.candidates().groupOf(year, id("p1"))).isEmpty();
    }

    @Test
    void listsTheGroupsAMentorLedInOneYear() {
        formGroup("g");
        formGroup("a");
        roster.on(new GroupFormed(id("elsewhere"), new ProgrammeYear(year.organiser(), "2027-2028"), "UUDET",
                "Next year", List.of(new GroupMentor(id("mentor"), id("mentor-person"))), 2, 3, "Osake", false, null,
                NOW));

        assertThat(roster.led(new ListLedGroups(id("mentor-person"), year)))
                .extracting(PersonGroupView::groupId).containsExactly(id("a"), id("g"));
        assertThat(roster.led(new ListLedGroups(id("mentor-person"), year)))
                .allSatisfy(group -> assertThat(group.mentorId()).isEqualTo(id("mentor")));
        assertThat(roster.led(new ListLedGroups(id("p1"), year))).isEmpty();
    }

    @Test
    void replayingAnEventChangesNothingTwice() {
        formGroup("g");
        formGroup("g");
        enrol("e1", "p1", "Aino", "Kalevan koulu");
        place("g", "e1", "p1");
        roster.on(new ParticipantPlaced(id("g"), year, id("e1"), id("p1"), NOW));
        assertThat(roster.find(new FindGroup(id("g"))).orElseThrow().size()).isEqualTo(1);
    }
}
