package fi.verme.meetings.views;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.groups.api.GroupStatus;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.ListProgrammeHours;
import fi.verme.meetings.api.MeetingCancellationReason;
import fi.verme.meetings.api.MeetingCancelled;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MinutesRecorded;
import fi.verme.meetings.domain.GroupFacts;
import fi.verme.meetings.domain.HoursCaps;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds events to the meeting views on a real PostgreSQL and reads them back. */
class MeetingViewsTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("meetings");

    private JdbcTemplate jdbc;
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    private final ProgrammeYear year = new ProgrammeYear("views-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private final String group = year.organiser() + "-g";
    private int capMinutes = HoursCaps.DEFAULT_CAP_MINUTES;
    private MeetingCalendar calendar;
    private AttendanceLedger attendance;

    /** The group as the lookups know it: started, with one mentor. */
    private final GroupFacts facts = new GroupFacts() {
        @Override
        public Optional<Group> find(String groupId) {
            return Optional.of(new Group(groupId, year, GroupStatus.STARTED, Map.of("m1", "mentor-person"),
                    LocalDate.of(2026, 9, 2)));
        }

        @Override
        public Set<String> membersOn(String groupId, LocalDate date) {
            return Set.of("p1", "p2");
        }

        @Override
        public List<String> groupsOf(ProgrammeYear programmeYear) {
            return List.of(group);
        }
    };

    @BeforeEach
    void setUp() {
        jdbc = DATABASE.jdbc();
        calendar = new MeetingCalendar(jdbc, programmeYear -> capMinutes, facts,
                Clock.fixed(Instant.parse("2026-10-01T06:00:00Z"), ZoneId.of("Europe/Helsinki")));
        attendance = new AttendanceLedger(jdbc);
    }

    static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void calendarHoursAndAttendanceFollowTheEvents() {
        capMinutes = 10 * 60;
        var held = new MeetingHeld("a", group, year, LocalDate.of(2026, 9, 15), 90, List.of("p1", "p2"),
                List.of("m1"));
        calendar.on(new MeetingScheduled("a", group, year, LocalDate.of(2026, 9, 15), LocalTime.of(14, 0), 90,
                "Osake", false), 0, AT);
        calendar.on(held, 1, AT);
        calendar.on(held, 1, AT); // a replayed event changes nothing twice
        attendance.on(held);
        attendance.on(held);
        calendar.on(new MinutesRecorded("a", group, year, 1, List.of("Jaksaminen"), "mentor-person"));
        calendar.on(new MeetingScheduled("b", group, year, LocalDate.of(2026, 10, 20), LocalTime.of(14, 0), 120,
                "Osake", false), 3, AT);
        calendar.on(new MeetingScheduled("c", group, year, LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), 120,
                "Osake", false), 4, AT);
        calendar.on(new MeetingCancelled("c", group, year, MeetingCancellationReason.OTHER), 5, AT);
        var joint = new JointMeetingCounted(group, "j", year, JointMeetingKind.KICKOFF, LocalDate.of(2026, 9, 5), 120,
                List.of("p1"));
        calendar.on(joint, 6, AT);
        attendance.on(joint);

        var meetings = calendar.list(new ListMeetings(group));
        assertThat(meetings).extracting(m -> m.meetingId()).containsExactly("j", "a", "b", "c");
        assertThat(meetings.get(1).topics()).containsExactly("Jaksaminen");
        assertThat(meetings.get(3).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meetings.get(1).sequence()).as("the change's number, however often it is handled").isEqualTo(1);
        assertThat(meetings.get(3).sequence()).isEqualTo(5);

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

    @Test
    void warnsWhenThePlanWouldPassTheCap() {
        capMinutes = 3 * 60;
        calendar.on(new MeetingScheduled("a", group, year, TODAY.plusDays(7), LocalTime.NOON, 120, "Osake", false), 0,
                AT);
        calendar.on(new MeetingScheduled("b", group, year, TODAY.plusDays(14), LocalTime.NOON, 120, "Osake", false), 1,
                AT);
        assertThat(calendar.hours(new FindGroupHours(group)).orElseThrow().planPassesCap()).isTrue();
    }
}
