package fi.verme.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verme.groups.api.GroupStatus;
import fi.verme.meetings.api.NotAllowedException;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may read a group's minutes. */
class MinutesConfidentialityTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("tampere", "2026-2027");
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 10, 1);

    /** g1's mentor is person-m; p1 was a member on the meeting's day, p2 joined later. */
    private final GroupFacts groups = new GroupFacts() {
        @Override
        public Optional<Group> find(String groupId) {
            return Optional.of(new Group(groupId, YEAR, GroupStatus.STARTED, Map.of("m1", "person-m"), null));
        }

        @Override
        public Set<String> membersOn(String groupId, LocalDate date) {
            return date.isAfter(MEETING_DAY) ? Set.of("p1", "p2") : Set.of("p1");
        }

        @Override
        public List<String> groupsOf(ProgrammeYear programmeYear) {
            return List.of("g1");
        }
    };

    @Test
    void theMentorsAndTheMembersOfTheDayReadTheMinutes() {
        assertThatCode(() -> MinutesConfidentiality.requireReader("person-m", "g1", MEETING_DAY, groups))
                .doesNotThrowAnyException();
        assertThatCode(() -> MinutesConfidentiality.requireReader("p1", "g1", MEETING_DAY, groups))
                .doesNotThrowAnyException();
    }

    @Test
    void someoneWhoJoinedLaterDoesNotReadThem() {
        assertThatThrownBy(() -> MinutesConfidentiality.requireReader("p2", "g1", MEETING_DAY, groups))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void noOneAnonymousReadsThem() {
        assertThatThrownBy(() -> MinutesConfidentiality.requireReader(null, "g1", MEETING_DAY, groups))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void withoutTheMeetingsDayOnlyTheMentorsReadThem() {
        assertThatCode(() -> MinutesConfidentiality.requireReader("person-m", "g1", null, groups))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MinutesConfidentiality.requireReader("p1", "g1", null, groups))
                .isInstanceOf(NotAllowedException.class);
    }

    /** The rule for a group's whole list of minutes is the rule for each meeting's. */
    @Test
    void aListOfTheGroupsMinutesKeepsTheMeetingsEachReaderMayRead() {
        var days = List.of(MEETING_DAY, MEETING_DAY.plusWeeks(2));
        assertThat(days.stream().filter(MinutesConfidentiality.readerOf("person-m", "g1", groups))).isEqualTo(days);
        assertThat(days.stream().filter(MinutesConfidentiality.readerOf("p2", "g1", groups)))
                .containsExactly(MEETING_DAY.plusWeeks(2));
        assertThat(days.stream().filter(MinutesConfidentiality.readerOf("stranger", "g1", groups))).isEmpty();
    }
}
