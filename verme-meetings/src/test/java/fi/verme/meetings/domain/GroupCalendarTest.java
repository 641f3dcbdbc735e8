package fi.verme.meetings.domain;

import static org.hamcrest.Matchers.containsString;

import fi.verme.groups.api.GroupClosedException;
import fi.verme.groups.api.GroupNotStartedException;
import fi.verme.groups.api.GroupStatus;
import fi.verme.meetings.api.AttendeeNotAMemberException;
import fi.verme.meetings.api.CancelMeeting;
import fi.verme.meetings.api.ClosedDay;
import fi.verme.meetings.api.CountJointMeeting;
import fi.verme.meetings.api.HoursCapExceededException;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.JointMeetingKindTakenException;
import fi.verme.meetings.api.JointMeetingScheduled;
import fi.verme.meetings.api.ScheduleJointMeeting;
import fi.verme.meetings.api.MeetingAlreadyHeldException;
import fi.verme.meetings.api.MeetingBeforeGroupStartException;
import fi.verme.meetings.api.MeetingCancellationReason;
import fi.verme.meetings.api.MeetingCancelled;
import fi.verme.meetings.api.MeetingCancelledException;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.meetings.api.MeetingInFutureException;
import fi.verme.meetings.api.MeetingNotHeldException;
import fi.verme.meetings.api.MeetingRescheduled;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.api.MeetingsOverlapException;
import fi.verme.meetings.api.MinutesCorrected;
import fi.verme.meetings.api.MinutesRecorded;
import fi.verme.meetings.api.NotAllowedException;
import fi.verme.meetings.api.RecordMeetingHeld;
import fi.verme.meetings.api.RecordMinutes;
import fi.verme.meetings.api.RescheduleMeeting;
import fi.verme.meetings.api.ScheduleMeeting;
import fi.verme.meetings.api.ScheduleMeetingSeries;
import fi.verme.meetings.api.SchoolBreak;
import fi.verme.meetings.api.SeriesScheduled;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCalendarTest {

    static final ProgrammeYear YEAR = new ProgrammeYear("tampere", "2026-2027");
    static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    static final LocalTime TWO_PM = LocalTime.of(14, 0);

    private AggregateTestFixture<GroupCalendar> fixture;
    private GroupStatus status = GroupStatus.STARTED;
    private LocalDate startedOn = LocalDate.of(2026, 8, 15);
    private int capMinutes = 18 * 60;
    private final List<String> archived = new ArrayList<>();
    private List<SchoolBreak> breaks = List.of();
    private int kickoffs = JointMeetingLimits.DEFAULT_LIMIT;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GroupCalendar.class);
        fixture.registerInjectableResource(new GroupFacts() {
            @Override
            public Optional<Group> find(String groupId) {
                return Optional.of(new Group(groupId, YEAR, status, Map.of("mentor-1", "person-m1"), startedOn));
            }

            @Override
            public Set<String> membersOn(String groupId, LocalDate date) {
                return date.isBefore(LocalDate.of(2026, 9, 1)) ? Set.of("p1") : Set.of("p1", "p2", "p3");
            }

            @Override
            public List<String> groupsOf(ProgrammeYear programmeYear) {
                return List.of("g1");
            }
        });
        fixture.registerInjectableResource((HoursCaps) year -> capMinutes);
        fixture.registerInjectableResource((SchoolCalendar) year -> breaks);
        fixture.registerInjectableResource((JointMeetingLimits) (year, kind) ->
                kind == JointMeetingKind.KICKOFF ? kickoffs : JointMeetingLimits.DEFAULT_LIMIT);
        fixture.registerInjectableResource((MinutesArchive) (meeting, version, author, topics, text) ->
                archived.add(meeting + "/" + version + ": " + text));
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-10-20T10:00:00Z"), ZoneId.of("Europe/Helsinki")));
    }

    static MeetingScheduled scheduled(String meetingId, LocalDate date) {
        return new MeetingScheduled(meetingId, "g1", YEAR, date, TWO_PM, 90, "Osake", false);
    }

    static MeetingHeld held(String meetingId, LocalDate date, int minutes) {
        return new MeetingHeld(meetingId, "g1", YEAR, date, minutes, List.of("p1"), List.of("mentor-1"));
    }

    @Test
    void schedulesAMeeting() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("g1", "m1", TODAY.plusDays(7), TWO_PM, 90, "Osake", false))
                .expectEvents(scheduled("m1", TODAY.plusDays(7)));
    }

    /** A group meets once at a time: planned, moved or held, a meeting may not overlap another not cancelled. */
    @Test
    void refusesMeetingsThatOverlap() {
        var day = TODAY.plusDays(7);
        // m1 is 14:00-15:30: 15:00 overlaps it, 15:30 follows it, 12:30 for 90 minutes ends as it begins.
        fixture.given(scheduled("m1", day))
                .when(new ScheduleMeeting("g1", "m2", day, LocalTime.of(15, 0), 60, "Osake", false))
                .expectException(MeetingsOverlapException.class)
                .expectExceptionMessage(containsString("m1"))
                .expectNoEvents();
        fixture.given(scheduled("m1", day))
                .when(new ScheduleMeeting("g1", "m2", day, LocalTime.of(15, 30), 60, "Osake", false))
                .expectSuccessfulHandlerExecution();
        fixture.given(scheduled("m1", day))
                .when(new ScheduleMeeting("g1", "m2", day, LocalTime.of(12, 30), 90, "Osake", false))
                .expectSuccessfulHandlerExecution();
        fixture.given(scheduled("m1", day), new MeetingCancelled("m1", "g1", YEAR, MeetingCancellationReason.OTHER))
                .when(new ScheduleMeeting("g1", "m2", day, TWO_PM, 90, "Osake", false))
                .expectSuccessfulHandlerExecution();
        fixture.given(scheduled("m1", day), scheduled("m2", day.plusDays(1)))
                .when(new RescheduleMeeting("g1", "m2", day, LocalTime.of(13, 0), 90, "Osake", false))
                .expectException(MeetingsOverlapException.class)
                .expectNoEvents();
        fixture.given(scheduled("m1", day))
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2"), day.minusDays(7), 1, TWO_PM, 30, "Osake",
                        false))
                .expectException(MeetingsOverlapException.class)
                .expectNoEvents();
        // Held longer than planned, it would run into the next meeting: the held length counts.
        fixture.given(new MeetingScheduled("m1", "g1", YEAR, TODAY, TWO_PM, 60, "Osake", false),
                        new MeetingScheduled("m2", "g1", YEAR, TODAY, LocalTime.of(15, 0), 60, "Osake", false))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectException(MeetingsOverlapException.class)
                .expectNoEvents();
        fixture.given(new MeetingScheduled("m1", "g1", YEAR, TODAY, TWO_PM, 60, "Osake", false),
                        new MeetingHeld("m1", "g1", YEAR, TODAY, 120, List.of("p1"), List.of("mentor-1")))
                .when(new ScheduleMeeting("g1", "m2", TODAY, LocalTime.of(15, 30), 30, "Osake", false))
                .expectException(MeetingsOverlapException.class)
                .expectNoEvents();
    }

    @Test
    void refusesPlanningAMeetingBeforeItsStartedGroupsStartDay() {
        startedOn = TODAY;
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("g1", "m1", TODAY.minusDays(1), TWO_PM, 90, "Osake", false))
                .expectException(MeetingBeforeGroupStartException.class)
                .expectNoEvents();
        fixture.given(scheduled("m1", TODAY.plusDays(7)))
                .when(new RescheduleMeeting("g1", "m1", TODAY.minusDays(1), TWO_PM, 90, "Osake", false))
                .expectException(MeetingBeforeGroupStartException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2"), TODAY.minusDays(7), 1, TWO_PM, 90, "Osake",
                        false))
                .expectException(MeetingBeforeGroupStartException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("g1", "m1", TODAY, TWO_PM, 90, "Osake", false))
                .expectEvents(scheduled("m1", TODAY));
    }

    @Test
    void aFormingGroupPlansItsFirstMeetingsFreely() {
        status = GroupStatus.FORMING;
        startedOn = null;
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("g1", "m1", TODAY.minusDays(1), TWO_PM, 90, "Osake", false))
                .expectEvents(scheduled("m1", TODAY.minusDays(1)));
    }

    @Test
    void schedulesASeriesEveryTwoWeeksPastTheAutumnBreakAndIndependenceDay() {
        // Tuesdays from 29.9.2026; the autumn break is week 42; 8.12. is fine, but a Sunday holiday would not be.
        breaks = List.of(new SchoolBreak("Syysloma", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16)));
        var first = LocalDate.of(2026, 9, 29);
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2", "s3"), first, 2, TWO_PM, 90, "Osake", false))
                .expectEvents(scheduled("s1", first), scheduled("s2", LocalDate.of(2026, 10, 20)),
                        scheduled("s3", LocalDate.of(2026, 11, 3)))
                .expectResultMessagePayload(new SeriesScheduled(List.of("s1", "s2", "s3"), List.of(new ClosedDay(
                        LocalDate.of(2026, 10, 13), ClosedDay.SCHOOL_BREAK, "Syysloma"))));
    }

    @Test
    void aSeriesSkipsAPublicHolidayOnItsWeekday() {
        // Sundays, to land on Independence Day (6.12.2026).
        var first = LocalDate.of(2026, 11, 29);
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2"), first, 1, TWO_PM, 90, "Osake", false))
                .expectEvents(scheduled("s1", first), scheduled("s2", LocalDate.of(2026, 12, 13)))
                .expectResultMessagePayload(new SeriesScheduled(List.of("s1", "s2"), List.of(new ClosedDay(
                        LocalDate.of(2026, 12, 6), ClosedDay.PUBLIC_HOLIDAY, "Itsenäisyyspäivä"))));
    }

    @Test
    void rejectsASeriesThatRunsPastTheSchoolYearWholly() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2", "s3"), LocalDate.of(2027, 7, 13), 2, TWO_PM,
                        90, "Osake", false))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("count must be as many meetings as fit in the school year"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2"), LocalDate.of(2027, 8, 2), 2, TWO_PM, 90,
                        "Osake", false))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("firstDate must be a day of the school year"))
                .expectNoEvents();
    }

    @Test
    void rejectsASeriesOfOneOrAnIntervalOfNoWeeks() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1"), TODAY, 2, TWO_PM, 90, "Osake", false))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingSeries("g1", List.of("s1", "s2"), TODAY, 0, TWO_PM, 90, "Osake", false))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSchedulingForACancelledGroup() {
        status = GroupStatus.CANCELLED;
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("g1", "m1", TODAY, TWO_PM, 90, "Osake", false))
                .expectException(GroupClosedException.class)
                .expectNoEvents();
    }

    /** Found by an outsider: a cancelled group's joint meeting was refused as of a group not yet started. */
    @Test
    void refusesCountingAJointMeetingForACancelledGroupAsClosed() {
        status = GroupStatus.CANCELLED;
        fixture.givenNoPriorActivity()
                .when(new CountJointMeeting("g1", "j1", JointMeetingKind.CLOSING, TODAY, 120, List.of()))
                .expectException(GroupClosedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAMeetingOutsideTheSchoolYear() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting("g1", "m1", LocalDate.of(2027, 8, 2), TWO_PM, 90, "Osake", false))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void reschedulesAndCancels() {
        fixture.given(scheduled("m1", TODAY))
                .when(new RescheduleMeeting("g1", "m1", TODAY.plusDays(1), TWO_PM, 120, "Teams", true))
                .expectEvents(new MeetingRescheduled("m1", "g1", YEAR, TODAY.plusDays(1), TWO_PM, 120, "Teams", true));
        fixture.given(scheduled("m1", TODAY))
                .when(new CancelMeeting("g1", "m1", MeetingCancellationReason.MENTOR_UNAVAILABLE))
                .expectEvents(new MeetingCancelled("m1", "g1", YEAR, MeetingCancellationReason.MENTOR_UNAVAILABLE));
    }

    @Test
    void recordsAHeldMeetingWithAttendance() {
        fixture.given(scheduled("m1", TODAY))
                .when(new RecordMeetingHeld("g1", "m1", 95, List.of("p1", "p2"), null))
                .expectEvents(new MeetingHeld("m1", "g1", YEAR, TODAY, 95, List.of("p1", "p2"), List.of("mentor-1")));
    }

    @Test
    void rejectsHoldingAMeetingInTheFuture() {
        fixture.given(scheduled("m1", TODAY.plusDays(1)))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectException(MeetingInFutureException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCountingAJointMeetingStillAhead() {
        fixture.givenNoPriorActivity()
                .when(new CountJointMeeting("g1", "j1", JointMeetingKind.KICKOFF, TODAY.plusDays(1), 120,
                        List.of("p1")))
                .expectException(MeetingInFutureException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsHoldingAMeetingBeforeItsGroupStarted() {
        startedOn = TODAY.minusDays(3);
        fixture.given(scheduled("m1", TODAY.minusDays(4)))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectException(MeetingBeforeGroupStartException.class)
                .expectNoEvents();
    }

    @Test
    void holdsAMeetingOnTheDayItsGroupStarted() {
        startedOn = TODAY.minusDays(4);
        fixture.given(scheduled("m1", TODAY.minusDays(4)))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectEvents(new MeetingHeld("m1", "g1", YEAR, TODAY.minusDays(4), 90, List.of("p1"),
                        List.of("mentor-1")));
    }

    @Test
    void rejectsHoldingAMeetingTwice() {
        fixture.given(scheduled("m1", TODAY), held("m1", TODAY, 90))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectException(MeetingAlreadyHeldException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsHoldingACancelledMeeting() {
        fixture.given(scheduled("m1", TODAY), new MeetingCancelled("m1", "g1", YEAR, MeetingCancellationReason.OTHER))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectException(MeetingCancelledException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAMeetingOfAGroupThatHasNotStarted() {
        status = GroupStatus.FORMING;
        fixture.given(scheduled("m1", TODAY))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1"), null))
                .expectException(GroupNotStartedException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAMeetingThatWouldPassTheCap() {
        capMinutes = 180;
        fixture.given(scheduled("m1", TODAY.minusDays(14)), held("m1", TODAY.minusDays(14), 120),
                        scheduled("m2", TODAY))
                .when(new RecordMeetingHeld("g1", "m2", 90, List.of("p1"), null))
                .expectException(HoursCapExceededException.class)
                .expectExceptionMessage("Group g1 has used 2 h of its 3 h; 1 h are left, and this meeting would take 1.50 h")
                .expectNoEvents();
    }

    @Test
    void jointMeetingsCountTowardsTheCap() {
        capMinutes = 180;
        fixture.given(new JointMeetingCounted("g1", "j1", YEAR, JointMeetingKind.KICKOFF, TODAY.minusDays(30), 120,
                        List.of()), scheduled("m1", TODAY))
                .when(new RecordMeetingHeld("g1", "m1", 61, List.of("p1"), null))
                .expectException(HoursCapExceededException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnAttendeeWhoWasNotAMemberThatDay() {
        fixture.given(scheduled("m1", LocalDate.of(2026, 8, 20)))
                .when(new RecordMeetingHeld("g1", "m1", 90, List.of("p1", "p2"), null))
                .expectException(AttendeeNotAMemberException.class)
                .expectNoEvents();
    }

    @Test
    void recordsMinutesAndKeepsTheTextOutOfTheEvent() {
        fixture.given(scheduled("m1", TODAY), held("m1", TODAY, 90))
                .when(new RecordMinutes("g1", "m1", "person-m1", List.of("Jaksaminen"), "Luottamuksellinen teksti"))
                .expectEvents(new MinutesRecorded("m1", "g1", YEAR, 1, List.of("Jaksaminen"), "person-m1"));
        org.assertj.core.api.Assertions.assertThat(archived).containsExactly("m1/1: Luottamuksellinen teksti");
    }

    @Test
    void correctsMinutesAsANewVersion() {
        fixture.given(scheduled("m1", TODAY), held("m1", TODAY, 90),
                        new MinutesRecorded("m1", "g1", YEAR, 1, List.of("Jaksaminen"), "person-m1"))
                .when(new RecordMinutes("g1", "m1", "person-m1", List.of("Jaksaminen", "Arviointi"), "Korjattu"))
                .expectEvents(new MinutesCorrected("m1", "g1", YEAR, 2, List.of("Jaksaminen", "Arviointi"), "person-m1"));
    }

    @Test
    void rejectsMinutesOfAMeetingNotYetHeld() {
        fixture.given(scheduled("m1", TODAY))
                .when(new RecordMinutes("g1", "m1", "person-m1", List.of(), "Teksti"))
                .expectException(MeetingNotHeldException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsMinutesBySomeoneOtherThanTheMentor() {
        fixture.given(scheduled("m1", TODAY), held("m1", TODAY, 90))
                .when(new RecordMinutes("g1", "m1", "p1", List.of(), "Teksti"))
                .expectException(NotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void countsAJointMeeting() {
        fixture.givenNoPriorActivity()
                .when(new CountJointMeeting("g1", "j1", JointMeetingKind.KICKOFF, TODAY, 120, List.of("p1")))
                .expectEvents(new JointMeetingCounted("g1", "j1", YEAR, JointMeetingKind.KICKOFF, TODAY, 120,
                        List.of("p1")));
    }

    static JointMeetingScheduled jointPlanned(String jointMeetingId, JointMeetingKind kind, LocalDate date) {
        return new JointMeetingScheduled("g1", jointMeetingId, YEAR, kind, date, TWO_PM, 180, "Kaupungintalo");
    }

    @Test
    void plansAJointMeetingWithItsTimeAndPlace() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleJointMeeting("g1", "j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7), TWO_PM, 180,
                        " Kaupungintalo "))
                .expectEvents(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7)));
    }

    @Test
    void refusesASecondKickoffPlanned() {
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7)))
                .when(new ScheduleJointMeeting("g1", "j2", JointMeetingKind.KICKOFF, TODAY.plusDays(8), TWO_PM, 180,
                        "Kirjasto"))
                .expectException(JointMeetingKindTakenException.class)
                .expectNoEvents();
    }

    @Test
    void aPlannedJointMeetingIsMovedAndCancelledUnderItsIdEvenForAClosedGroupAndFreesItsKind() {
        status = GroupStatus.COMPLETED;
        var planned = jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7));
        fixture.given(planned)
                .when(new RescheduleMeeting("g1", "j1", TODAY.plusDays(9), TWO_PM, 120, " Kirjasto ", true))
                .expectEvents(new MeetingRescheduled("j1", "g1", YEAR, TODAY.plusDays(9), TWO_PM, 120, "Kirjasto",
                        false));
        var cancelled = new MeetingCancelled("j1", "g1", YEAR, MeetingCancellationReason.OTHER);
        fixture.given(planned)
                .when(new CancelMeeting("g1", "j1", MeetingCancellationReason.OTHER))
                .expectEvents(cancelled);
        status = GroupStatus.STARTED;
        fixture.given(planned, cancelled)
                .when(new ScheduleJointMeeting("g1", "j2", JointMeetingKind.KICKOFF, TODAY.plusDays(8), TWO_PM, 180,
                        "Kirjasto"))
                .expectEvents(new JointMeetingScheduled("g1", "j2", YEAR, JointMeetingKind.KICKOFF, TODAY.plusDays(8),
                        TWO_PM, 180, "Kirjasto"));
        fixture.given(planned, cancelled)
                .when(new CancelMeeting("g1", "j1", MeetingCancellationReason.OTHER))
                .expectException(MeetingCancelledException.class)
                .expectNoEvents();
    }

    @Test
    void refusesASecondKickoffByDefaultSayingHowManyTheRulesAllow() {
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7)))
                .when(new ScheduleJointMeeting("g1", "j2", JointMeetingKind.KICKOFF, TODAY.plusDays(8), TWO_PM, 180,
                        "Kirjasto"))
                .expectException(JointMeetingKindTakenException.class)
                .expectExceptionMessage(containsString("1 KICKOFF"))
                .expectNoEvents();
    }

    @Test
    void plansASecondKickoffWhenTheYearsRulesAllowTwo() {
        kickoffs = 2;
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7)))
                .when(new ScheduleJointMeeting("g1", "j2", JointMeetingKind.KICKOFF, TODAY.plusDays(8), TWO_PM, 180,
                        "Kirjasto"))
                .expectEvents(new JointMeetingScheduled("g1", "j2", YEAR, JointMeetingKind.KICKOFF, TODAY.plusDays(8),
                        TWO_PM, 180, "Kirjasto"));
    }

    @Test
    void refusesAThirdKickoffWhenTheYearsRulesAllowTwo() {
        kickoffs = 2;
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7)),
                        new JointMeetingCounted("g1", "j2", YEAR, JointMeetingKind.KICKOFF, TODAY.minusDays(7), 120,
                                List.of()))
                .when(new ScheduleJointMeeting("g1", "j3", JointMeetingKind.KICKOFF, TODAY.plusDays(9), TWO_PM, 180,
                        "Kirjasto"))
                .expectException(JointMeetingKindTakenException.class)
                .expectNoEvents();
    }

    @Test
    void countsASecondKickoffHeldWhenTheYearsRulesAllowTwo() {
        kickoffs = 2;
        fixture.given(new JointMeetingCounted("g1", "j1", YEAR, JointMeetingKind.KICKOFF, TODAY.minusDays(7), 120,
                        List.of()))
                .when(new CountJointMeeting("g1", "j2", JointMeetingKind.KICKOFF, TODAY, 120, List.of()))
                .expectEvents(new JointMeetingCounted("g1", "j2", YEAR, JointMeetingKind.KICKOFF, TODAY, 120,
                        List.of()));
    }

    @Test
    void plansTheClosingBesideTheKickoff() {
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY.plusDays(7)))
                .when(new ScheduleJointMeeting("g1", "j2", JointMeetingKind.CLOSING, TODAY.plusDays(70), TWO_PM, 180,
                        "Kaupungintalo"))
                .expectEvents(jointPlanned("j2", JointMeetingKind.CLOSING, TODAY.plusDays(70)));
    }

    @Test
    void refusesASecondKickoffRecordedAsHeld() {
        fixture.given(new JointMeetingCounted("g1", "j1", YEAR, JointMeetingKind.KICKOFF, TODAY.minusDays(7), 120,
                        List.of()))
                .when(new CountJointMeeting("g1", "j2", JointMeetingKind.KICKOFF, TODAY, 120, List.of()))
                .expectException(JointMeetingKindTakenException.class)
                .expectNoEvents();
    }

    @Test
    void recordsThePlannedJointMeetingAsHeld() {
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY))
                .when(new CountJointMeeting("g1", "j1", JointMeetingKind.KICKOFF, TODAY, 150, List.of("p1")))
                .expectEvents(new JointMeetingCounted("g1", "j1", YEAR, JointMeetingKind.KICKOFF, TODAY, 150,
                        List.of("p1")));
    }

    @Test
    void refusesAPlannedJointMeetingHeldTwice() {
        fixture.given(jointPlanned("j1", JointMeetingKind.KICKOFF, TODAY),
                        new JointMeetingCounted("g1", "j1", YEAR, JointMeetingKind.KICKOFF, TODAY, 150, List.of()))
                .when(new CountJointMeeting("g1", "j1", JointMeetingKind.KICKOFF, TODAY, 150, List.of()))
                .expectException(MeetingAlreadyHeldException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAJointMeetingPlannedOutsideTheSchoolYear() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleJointMeeting("g1", "j1", JointMeetingKind.CLOSING, YEAR.lastDay().plusDays(1),
                        TWO_PM, 180, "Kaupungintalo"))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }
}
