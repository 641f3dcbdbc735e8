package fi.verme.meetings.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.groups.api.CancellationReason;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.RemovalReason;
import fi.verme.meetings.api.FindMeetingGroup;
import fi.verme.meetings.api.HoursCapSet;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.domain.HoursCaps;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.testing.ModuleDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds events to the lookups the meeting rules consult, on a real PostgreSQL, and asks them back. */
class MeetingLookupsTest {

    @RegisterExtension
    static final ModuleDatabase DATABASE = ModuleDatabase.of("meetings");

    static final Instant PLACED = Instant.parse("2026-09-01T08:00:00Z");

    private final ProgrammeYear year = new ProgrammeYear("lookups-" + UUID.randomUUID().toString().substring(0, 8),
            "2026-2027");
    private final String group = year.organiser() + "-g";
    private JdbcTemplate jdbc;
    private GroupFactsLookup facts;

    @BeforeEach
    void setUp() {
        jdbc = DATABASE.jdbc();
        facts = new GroupFactsLookup(jdbc);
        facts.on(formed(group));
        facts.on(new ParticipantPlaced(group, year, "e1", "p1", PLACED));
        facts.on(new ParticipantPlaced(group, year, "e2", "p2", PLACED));
        facts.on(new GroupStarted(group, year, LocalDate.of(2026, 9, 2), 2));
    }

    private GroupFormed formed(String groupId) {
        return new GroupFormed(groupId, year, "UUDET", "Uudet", List.of(new GroupMentor("m1", "mentor-person")), 4, 8,
                "Osake", false, null, PLACED);
    }

    @Test
    void membershipHasDatesSoAttendanceCanBeCheckedForTheMeetingsDay() {
        facts.on(new ParticipantRemoved(group, year, "e2", "p2", RemovalReason.PARTICIPANT_REQUEST,
                Instant.parse("2026-09-20T10:00:00Z")));
        assertThat(facts.membersOn(group, LocalDate.of(2026, 8, 31))).isEmpty();
        assertThat(facts.membersOn(group, LocalDate.of(2026, 9, 10))).containsExactlyInAnyOrder("p1", "p2");
        assertThat(facts.membersOn(group, LocalDate.of(2026, 9, 20))).containsExactlyInAnyOrder("p1", "p2");
        assertThat(facts.membersOn(group, LocalDate.of(2026, 9, 21))).containsExactly("p1");
        var found = facts.find(group).orElseThrow();
        assertThat(found.mentors()).containsEntry("m1", "mentor-person");
        assertThat(found.status()).isEqualTo(GroupStatus.STARTED);
        assertThat(found.startedOn()).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void aCancelledGroupIsNoLongerAGroupOfTheYear() {
        var other = year.organiser() + "-h";
        facts.on(formed(other));
        assertThat(facts.groupsOf(year)).containsExactly(group, other);
        facts.on(new GroupCancelled(other, year, CancellationReason.TOO_FEW_PARTICIPANTS, List.of(),
                LocalDate.of(2026, 9, 5)));
        assertThat(facts.groupsOf(year)).containsExactly(group);
    }

    @Test
    void theCapIsTampereEighteenHoursUntilTheYearSetsItsOwn() {
        var caps = new HoursCapLookup(jdbc);
        assertThat(caps.capMinutes(year)).isEqualTo(HoursCaps.DEFAULT_CAP_MINUTES).isEqualTo(18 * 60);
        caps.on(new HoursCapSet(year, 10 * 60));
        caps.on(new HoursCapSet(year, 12 * 60));
        assertThat(caps.capMinutes(year)).isEqualTo(12 * 60);
    }

    @Test
    void knowsWhichGroupEachMeetingBelongsTo() {
        var index = new MeetingIndex(jdbc);
        var meeting = new MeetingScheduled(year.organiser() + "-m", group, year, LocalDate.of(2026, 9, 15),
                LocalTime.of(14, 0), 90, "Osake", false);
        index.on(meeting);
        index.on(meeting);
        assertThat(index.groupOf(new FindMeetingGroup(meeting.meetingId()))).contains(group);
        assertThat(index.groupOf(new FindMeetingGroup("no-such-meeting"))).isEmpty();
    }
}
