package fi.verme.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupStatus;
import fi.verme.meetings.api.AttendeeNotAMemberException;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who of a joint meeting counts in which group that took part. */
class JointMeetingAttendanceTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("tampere", "2026-2027");
    static final LocalDate DAY = LocalDate.of(2026, 9, 10);

    /** g1 has p1 and p2, g2 has p2 and p3; g-old is of last year's programme. */
    private final GroupFacts groups = new GroupFacts() {
        @Override
        public Optional<Group> find(String groupId) {
            return switch (groupId) {
                case "g1", "g2" -> Optional.of(new Group(groupId, YEAR, GroupStatus.STARTED, Map.of(), DAY));
                case "g-old" -> Optional.of(new Group(groupId, new ProgrammeYear("tampere", "2025-2026"),
                        GroupStatus.COMPLETED, Map.of(), null));
                default -> Optional.empty();
            };
        }

        @Override
        public Set<String> membersOn(String groupId, LocalDate date) {
            return groupId.equals("g1") ? Set.of("p1", "p2") : groupId.equals("g2") ? Set.of("p2", "p3") : Set.of();
        }

        @Override
        public List<String> groupsOf(ProgrammeYear programmeYear) {
            return List.of("g1", "g2");
        }
    };

    private static RecordJointMeeting kickoff(List<String> groupIds, List<String> attendees) {
        return new RecordJointMeeting("j1", YEAR, JointMeetingKind.KICKOFF, DAY, 120, groupIds, attendees);
    }

    @Test
    void eachAttendeeCountsInTheFirstNamedGroupTheyWereAMemberOf() {
        var byGroup = JointMeetingAttendance.byGroup(kickoff(List.of("g2", "g1"), List.of("p1", "p2", "p3")), groups);
        assertThat(byGroup).containsExactly(Map.entry("g2", List.of("p2", "p3")), Map.entry("g1", List.of("p1")));
    }

    @Test
    void everyGroupThatTookPartCountsTheMeetingEvenWithNoAttendeesListed() {
        assertThat(JointMeetingAttendance.byGroup(kickoff(List.of("g1", "g2"), null), groups))
                .containsExactly(Map.entry("g1", List.of()), Map.entry("g2", List.of()));
    }

    @Test
    void rejectsAnAttendeeOfNoGroupThatTookPart() {
        assertThatThrownBy(() -> JointMeetingAttendance.byGroup(kickoff(List.of("g1"), List.of("p3")), groups))
                .isInstanceOf(AttendeeNotAMemberException.class);
    }

    @Test
    void rejectsNoGroupsOrAGroupNamedTwice() {
        assertThatThrownBy(() -> JointMeetingAttendance.byGroup(kickoff(List.of(), List.of()), groups))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("groups");
        assertThatThrownBy(() -> JointMeetingAttendance.byGroup(kickoff(List.of("g1", "g1"), List.of()), groups))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("groups");
    }

    @Test
    void rejectsAGroupOfAnotherProgrammeYearOrAnUnknownGroup() {
        assertThatThrownBy(() -> JointMeetingAttendance.byGroup(kickoff(List.of("g1", "g-old"), List.of()), groups))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("groups of " + YEAR);
        assertThatThrownBy(() -> JointMeetingAttendance.byGroup(kickoff(List.of("g1", "g-x"), List.of()), groups))
                .isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void rejectsAMeetingOfNoKind() {
        var noKind = new RecordJointMeeting("j1", YEAR, null, DAY, 120, List.of("g1"), List.of());
        assertThatThrownBy(() -> JointMeetingAttendance.byGroup(noKind, groups))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
    }
}
