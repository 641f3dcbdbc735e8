package fi.verme.groups.domain;

import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.groups.api.ActionAgreementRecorded;
import fi.verme.groups.api.CancelGroup;
import fi.verme.groups.api.CancellationReason;
import fi.verme.groups.api.Commitment;
import fi.verme.groups.api.CompleteGroup;
import fi.verme.groups.api.EnrolmentOfAnotherYearException;
import fi.verme.groups.api.FormGroup;
import fi.verme.groups.api.GroupAlreadyStartedException;
import fi.verme.groups.api.GroupBelowMinimumException;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupClosedException;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupFullException;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupNotStartedException;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.api.MentorCannotParticipateException;
import fi.verme.groups.api.MentorNotFoundException;
import fi.verme.groups.api.NotAMemberException;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.PersonAlreadyPlacedException;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.RecordActionAgreement;
import fi.verme.groups.api.RemovalReason;
import fi.verme.groups.api.RemoveParticipant;
import fi.verme.groups.api.StartGroup;
import fi.verme.groups.api.WithdrawnEnrolmentException;
import fi.verme.groups.domain.Candidates.Enrolment;
import fi.verme.groups.domain.ProgrammeTerms.Terms;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("tampere", "2026-2027");
    static final ProgrammeYear OTHER_YEAR = new ProgrammeYear("tampere", "2025-2026");
    static final Instant NOW = Instant.parse("2026-09-20T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 20);

    private AggregateTestFixture<Group> fixture;
    private final Map<ProgrammeYear, Terms> terms = new HashMap<>();
    private final Map<String, String> mentorPersons = new HashMap<>();
    private final Map<String, Enrolment> enrolments = new HashMap<>();
    private final Map<String, String> groupOfPerson = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Group.class);
        terms.put(YEAR, new Terms(List.of("UUDET", "K55"), 4, 8));
        mentorPersons.put("mentor-1", "person-m1");
        mentorPersons.put("mentor-2", "person-m2");
        for (int i = 1; i <= 9; i++) {
            enrolments.put("e" + i, new Enrolment("e" + i, YEAR, "p" + i, false));
        }
        fixture.registerInjectableResource((ProgrammeTerms) year -> Optional.ofNullable(terms.get(year)));
        fixture.registerInjectableResource(new MentorDirectory() {
            @Override
            public Optional<String> personOf(String mentorId) {
                return Optional.ofNullable(mentorPersons.get(mentorId));
            }

            @Override
            public Optional<String> mentorOf(String personId) {
                return Optional.empty();
            }
        });
        fixture.registerInjectableResource(new Candidates() {
            @Override
            public Optional<Enrolment> find(String enrolmentId) {
                return Optional.ofNullable(enrolments.get(enrolmentId));
            }

            @Override
            public Optional<String> groupOf(ProgrammeYear programmeYear, String personId) {
                return Optional.ofNullable(groupOfPerson.get(personId));
            }
        });
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Helsinki")));
    }

    static FormGroup form(String theme, List<String> mentors, Integer min, Integer max) {
        return new FormGroup("group-1", YEAR, theme, "Uudet opettajat", mentors, min, max, "Osake, Tampere", false,
                null);
    }

    static GroupFormed formed(int min, int max) {
        return new GroupFormed("group-1", YEAR, "UUDET", "Uudet opettajat",
                List.of(new GroupMentor("mentor-1", "person-m1")), min, max, "Osake, Tampere", false, null, NOW);
    }

    static List<Object> formedWith(int members, int min, int max) {
        var events = new ArrayList<Object>();
        events.add(formed(min, max));
        for (int i = 1; i <= members; i++) {
            events.add(placed("e" + i));
        }
        return events;
    }

    static ParticipantPlaced placed(String enrolmentId) {
        return new ParticipantPlaced("group-1", YEAR, enrolmentId, "p" + enrolmentId.substring(1), NOW);
    }

    static GroupStarted started(int size) {
        return new GroupStarted("group-1", YEAR, TODAY, size);
    }

    @Test
    void formsGroupWithTheYearsSizeRuleByDefault() {
        fixture.givenNoPriorActivity()
                .when(form("UUDET", List.of("mentor-1"), null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(formed(4, 8));
    }

    @Test
    void formsGroupWithCoMentorsOwnSizeAndTargetType() {
        fixture.givenNoPriorActivity()
                .when(new FormGroup("group-1", YEAR, "K55", "Konkarit", List.of("mentor-1", "mentor-2"), 5, 9,
                        "Teams", true, GroupType.K55))
                .expectEvents(new GroupFormed("group-1", YEAR, "K55", "Konkarit",
                        List.of(new GroupMentor("mentor-1", "person-m1"), new GroupMentor("mentor-2", "person-m2")),
                        5, 9, "Teams", true, GroupType.K55, NOW));
    }

    @Test
    void rejectsGroupWithoutAnEnrolmentCall() {
        fixture.givenNoPriorActivity()
                .when(new FormGroup("group-1", OTHER_YEAR, "UUDET", "x", List.of("mentor-1"), null, null, "x", false,
                        null))
                .expectException(EnrolmentCallNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsThemeNotInTheCall() {
        fixture.givenNoPriorActivity()
                .when(form("MUSIIKKI", List.of("mentor-1"), null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsUnknownMentor() {
        fixture.givenNoPriorActivity()
                .when(form("UUDET", List.of("mentor-9"), null, null))
                .expectException(MentorNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsThreeMentors() {
        fixture.givenNoPriorActivity()
                .when(form("UUDET", List.of("mentor-1", "mentor-2", "mentor-3"), null, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsMaximumBelowMinimum() {
        fixture.givenNoPriorActivity()
                .when(form("UUDET", List.of("mentor-1"), 6, 5))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void placesParticipant() {
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "e1"))
                .expectEvents(placed("e1"));
    }

    @Test
    void rejectsPlacementAboveMaximum() {
        fixture.given(formedWith(4, 2, 4))
                .when(new PlaceParticipant("group-1", "e5"))
                .expectException(GroupFullException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsPersonAlreadyInAnotherGroupOfTheYear() {
        groupOfPerson.put("p1", "group-2");
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "e1"))
                .expectException(PersonAlreadyPlacedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsPersonAlreadyInThisGroup() {
        fixture.given(formedWith(1, 4, 8))
                .when(new PlaceParticipant("group-1", "e1"))
                .expectException(PersonAlreadyPlacedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsEnrolmentOfAnotherYear() {
        enrolments.put("old", new Enrolment("old", OTHER_YEAR, "p-old", false));
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "old"))
                .expectException(EnrolmentOfAnotherYearException.class)
                .expectNoEvents();
    }

    /** Another organiser's enrolment is not found: the refusal does not tell that it exists, or whose it is. */
    @Test
    void doesNotKnowAnotherOrganisersEnrolment() {
        enrolments.put("foreign", new Enrolment("foreign", new ProgrammeYear("vaasa", "2026-2027"), "p-f", false));
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "foreign"))
                .expectException(EnrolmentNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsWithdrawnEnrolment() {
        enrolments.put("gone", new Enrolment("gone", YEAR, "p-gone", true));
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "gone"))
                .expectException(WithdrawnEnrolmentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsUnknownEnrolment() {
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "nobody"))
                .expectException(EnrolmentNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsTheGroupsMentorAsParticipant() {
        enrolments.put("mentoring", new Enrolment("mentoring", YEAR, "person-m1", false));
        fixture.given(formed(4, 8))
                .when(new PlaceParticipant("group-1", "mentoring"))
                .expectException(MentorCannotParticipateException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsPlacementIntoCompletedGroup() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        history.add(new GroupCompleted("group-1", YEAR, TODAY));
        fixture.given(history)
                .when(new PlaceParticipant("group-1", "e5"))
                .expectException(GroupClosedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsPlacementIntoCancelledGroup() {
        fixture.given(formed(4, 8), new GroupCancelled("group-1", YEAR, CancellationReason.TOO_FEW_PARTICIPANTS,
                        List.of(), TODAY))
                .when(new PlaceParticipant("group-1", "e1"))
                .expectException(GroupClosedException.class)
                .expectNoEvents();
    }

    @Test
    void removesParticipant() {
        fixture.given(formedWith(2, 4, 8))
                .when(new RemoveParticipant("group-1", "e2", RemovalReason.PARTICIPANT_REQUEST))
                .expectEvents(new ParticipantRemoved("group-1", YEAR, "e2", "p2", RemovalReason.PARTICIPANT_REQUEST,
                        NOW));
    }

    @Test
    void rejectsRemovingSomeoneNotInTheGroup() {
        fixture.given(formedWith(2, 4, 8))
                .when(new RemoveParticipant("group-1", "e7", RemovalReason.COORDINATOR_DECISION))
                .expectException(NotAMemberException.class)
                .expectNoEvents();
    }

    @Test
    void startsAtItsMinimum() {
        fixture.given(formedWith(4, 4, 8))
                .when(new StartGroup("group-1"))
                .expectEvents(started(4));
    }

    @Test
    void rejectsStartBelowMinimumSize() {
        fixture.given(formedWith(3, 4, 8))
                .when(new StartGroup("group-1"))
                .expectException(GroupBelowMinimumException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsStartingTwice() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        fixture.given(history)
                .when(new StartGroup("group-1"))
                .expectException(GroupAlreadyStartedException.class)
                .expectNoEvents();
    }

    @Test
    void recordsActionAgreement() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        var commitments = List.of(Commitment.ACTIVE_PARTICIPATION, Commitment.CONFIDENTIALITY);
        fixture.given(history)
                .when(new RecordActionAgreement("group-1", TODAY, commitments, List.of("e1", "e2", "e3")))
                .expectEvents(new ActionAgreementRecorded("group-1", YEAR, TODAY, commitments,
                        List.of("e1", "e2", "e3")));
    }

    @Test
    void rejectsAgreementWithoutConfidentiality() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        fixture.given(history)
                .when(new RecordActionAgreement("group-1", TODAY, List.of(Commitment.ACTIVE_PARTICIPATION),
                        List.of("e1")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAgreementAcceptedBySomeoneOutsideTheGroup() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        fixture.given(history)
                .when(new RecordActionAgreement("group-1", TODAY, Group.REQUIRED_COMMITMENTS, List.of("e1", "e9")))
                .expectException(NotAMemberException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAgreementBeforeStart() {
        fixture.given(formedWith(4, 4, 8))
                .when(new RecordActionAgreement("group-1", TODAY, Group.REQUIRED_COMMITMENTS, List.of("e1")))
                .expectException(GroupNotStartedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAgreementDatedInTheFuture() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        fixture.given(history)
                .when(new RecordActionAgreement("group-1", TODAY.plusDays(1), Group.REQUIRED_COMMITMENTS,
                        List.of("e1")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void completesStartedGroup() {
        var history = formedWith(4, 4, 8);
        history.add(started(4));
        fixture.given(history)
                .when(new CompleteGroup("group-1"))
                .expectEvents(new GroupCompleted("group-1", YEAR, TODAY));
    }

    @Test
    void rejectsCompletingAGroupThatNeverStarted() {
        fixture.given(formedWith(2, 4, 8))
                .when(new CompleteGroup("group-1"))
                .expectException(GroupNotStartedException.class)
                .expectNoEvents();
    }

    @Test
    void cancelsGroupReleasingItsMembers() {
        fixture.given(formedWith(2, 4, 8))
                .when(new CancelGroup("group-1", CancellationReason.TOO_FEW_PARTICIPANTS))
                .expectEvents(new GroupCancelled("group-1", YEAR, CancellationReason.TOO_FEW_PARTICIPANTS,
                        List.of("e1", "e2"), TODAY));
    }

    @Test
    void rejectsCancellingTwice() {
        fixture.given(formed(4, 8), new GroupCancelled("group-1", YEAR, CancellationReason.OTHER, List.of(), TODAY))
                .when(new CancelGroup("group-1", CancellationReason.OTHER))
                .expectException(GroupClosedException.class)
                .expectNoEvents();
    }
}
