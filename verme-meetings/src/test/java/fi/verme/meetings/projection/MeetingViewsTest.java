package fi.verme.meetings.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.RemovalReason;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.HoursCapSet;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.FindMinutes;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.ListMinutes;
import fi.verme.meetings.api.ListProgrammeHours;
import fi.verme.meetings.api.MeetingCancellationReason;
import fi.verme.meetings.api.MeetingCancelled;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MinutesRecorded;
import fi.verme.meetings.api.MinutesView;
import fi.verme.meetings.api.NotAllowedException;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds events to the meeting views and lookups on a real PostgreSQL and reads them back. */
class MeetingViewsTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("meetings");

    private JdbcTemplate jdbc;
    static final Instant PLACED = Instant.parse("2026-09-01T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    private final ProgrammeYear year = new ProgrammeYear("views-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private final String group = year.organiser() + "-g";
    private GroupFactsLookup facts;
    private HoursCapLookup caps;
    private MeetingCalendar calendar;
    private AttendanceLedger attendance;

    @BeforeEach
    void setUp() {
        jdbc = DATABASE.jdbc();
        facts = new GroupFactsLookup(jdbc);
        caps = new HoursCapLookup(jdbc);
        calendar = new MeetingCalendar(jdbc, caps, facts, Clock.fixed(Instant.parse("2026-10-01T06:00:00Z"),
                ZoneId.of("Europe/Helsinki")));
        attendance = new AttendanceLedger(jdbc);
        facts.on(new GroupFormed(group, year, "UUDET", "Uudet", List.of(new GroupMentor("m1", "mentor-person")), 4, 8,
                "Osake", false, null, PLACED));
        facts.on(new ParticipantPlaced(group, year, "e1", "p1", PLACED));
        facts.on(new ParticipantPlaced(group, year, "e2", "p2", PLACED));
        facts.on(new GroupStarted(group, year, LocalDate.of(2026, 9, 2), 2));
    }

    @Test
    void membershipHasDatesSoAttendanceCanBeCheckedForTheMeetingsDay() {
        facts.on(new ParticipantRemoved(group, year, "e2", "p2", RemovalReason.PARTICIPANT_REQUEST,
                Instant.parse("2026-09-20T10:00:00Z")));
        assertThat(facts.membersOn(group, LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(facts.membersOn(group, LocalDate.of(2026, 9, 10))).containsExactlyInAnyOrder("p1", "p2");
        assertThat(facts.membersOn(group, LocalDate.of(2026, 9, 20))).containsExactlyInAnyOrder("p1", "p2");
        assertThat(facts.membersOn(group, LocalDate.of(2026, 9, 21))).containsExactly("p1");
        assertThat(facts.find(group).orElseThrow().mentors()).containsEntry("m1", "mentor-person");
    }

    @Test
    void calendarHoursAndAttendanceFollowTheEvents() {
        caps.on(new HoursCapSet(year, 10 * 60));
        var held = new MeetingHeld("a", group, year, LocalDate.of(2026, 9, 15), 90, List.of("p1", "p2"),
                List.of("m1"));
        calendar.on(new MeetingScheduled("a", group, year, LocalDate.of(2026, 9, 15), LocalTime.of(14, 0), 90,
                "Osake", false));
        calendar.on(held);
        calendar.on(held); // a replayed event changes nothing twice
        attendance.on(held);
        attendance.on(held);
        calendar.on(new MinutesRecorded("a", group, year, 1, List.of("Jaksaminen"), "mentor-person"));
        calendar.on(new MeetingScheduled("b", group, year, LocalDate.of(2026, 10, 20), LocalTime.of(14, 0), 120,
                "Osake", false));
        calendar.on(new MeetingScheduled("c", group, year, LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), 120,
                "Osake", false));
        calendar.on(new MeetingCancelled("c", group, year, MeetingCancellationReason.OTHER));
        var joint = new JointMeetingCounted(group, "j", year, JointMeetingKind.KICKOFF, LocalDate.of(2026, 9, 5), 120,
                List.of("p1"));
        calendar.on(joint);
        attendance.on(joint);

        var meetings = calendar.list(new ListMeetings(group));
        assertThat(meetings).extracting(m -> m.meetingId()).containsExactly("j", "a", "b", "c");
        assertThat(meetings.get(1).topics()).containsExactly("Jaksaminen");
        assertThat(meetings.get(3).status()).isEqualTo(MeetingStatus.CANCELLED);

        var hours = calendar.hours(new FindGroupHours(group)).orElseThrow();
        assertThat(hours.capMinutes()).isEqualTo(600);
        assertThat(hours.heldMinutes()).isEqualTo(90);
        assertThat(hours.jointMinutes()).isEqualTo(120);
        assertThat(hours.leftMinutes()).isEqualTo(390);
        assertThat(hours.plannedMinutes()).isEqualTo(120);
        assertThat(hours.planPassesCap()).isFalse();
        assertThat(calendar.programmeHours(new ListProgrammeHours(year)).groups()).singleElement()
                .satisfies(g -> assertThat(g.usedHours()).isEqualTo(3.5));

        var p1 = attendance.find(new FindAttendance("p1", year));
        assertThat(p1.meetingsAttended()).isEqualTo(2);
        assertThat(p1.minutesAttended()).isEqualTo(210);
        assertThat(attendance.find(new FindAttendance("p2", year)).meetingsAttended()).isEqualTo(1);
    }

    /**
     * A group's minutes in one list, under the rule for one meeting's: its mentor reads every meeting's,
     * a member those of the days they were a member, anyone else none.
     */
    @Test
    void theGroupsMinutesAreListedForWhoMayReadEachMeetingsMinutes() {
        var minutes = new JdbcMinutesArchive(jdbc, facts);
        var index = new MeetingIndex(jdbc);
        facts.on(new ParticipantPlaced(group, year, "e3", "late-joiner", Instant.parse("2026-09-20T08:00:00Z")));
        for (var meeting : List.of(
                new MeetingScheduled("early", group, year, LocalDate.of(2026, 9, 10), LocalTime.of(14, 0), 90,
                        "Osake", false),
                new MeetingScheduled("later", group, year, LocalDate.of(2026, 9, 24), LocalTime.of(14, 0), 90,
                        "Osake", false),
                new MeetingScheduled("unwritten", group, year, LocalDate.of(2026, 9, 30), LocalTime.of(14, 0), 90,
                        "Osake", false))) {
            index.on(meeting);
            calendar.on(meeting);
        }
        minutes.store("later", 1, "mentor-person", List.of("Palaute"), "Myöhempi");
        minutes.store("early", 1, "mentor-person", List.of("Aloitus"), "Ensimmäinen");
        minutes.store("early", 2, "mentor-person", List.of("Aloitus"), "Ensimmäinen, korjattu");

        var mentorReads = minutes.list(new ListMinutes(group, "mentor-person"));
        assertThat(mentorReads).extracting(MinutesView::meetingId).containsExactly("early", "later");
        assertThat(mentorReads.get(0).version()).isEqualTo(2);
        assertThat(mentorReads.get(0).text()).isEqualTo("Ensimmäinen, korjattu");
        assertThat(mentorReads.get(0).versions()).extracting(MinutesView.Version::version).containsExactly(2, 1);
        assertThat(mentorReads.get(0)).isEqualTo(minutes.find(new FindMinutes("early", "mentor-person")).orElseThrow());
        assertThat(minutes.list(new ListMinutes(group, "p1"))).extracting(MinutesView::meetingId)
                .containsExactly("early", "later");
        assertThat(minutes.list(new ListMinutes(group, "late-joiner"))).extracting(MinutesView::meetingId)
                .containsExactly("later");
        assertThatThrownBy(() -> minutes.find(new FindMinutes("early", "late-joiner")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(minutes.list(new ListMinutes(group, "stranger"))).isEmpty();
        assertThatThrownBy(() -> minutes.list(new ListMinutes(group, null))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void warnsWhenThePlanWouldPassTheCap() {
        caps.on(new HoursCapSet(year, 3 * 60));
        calendar.on(new MeetingScheduled("a", group, year, TODAY.plusDays(7), LocalTime.NOON, 120, "Osake", false));
        calendar.on(new MeetingScheduled("b", group, year, TODAY.plusDays(14), LocalTime.NOON, 120, "Osake", false));
        assertThat(calendar.hours(new FindGroupHours(group)).orElseThrow().planPassesCap()).isTrue();
    }
}
