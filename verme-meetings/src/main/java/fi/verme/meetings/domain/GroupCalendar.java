package fi.verme.meetings.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.groups.api.GroupClosedException;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupNotStartedException;
import fi.verme.groups.api.GroupStatus;
import fi.verme.meetings.api.AttendeeNotAMemberException;
import fi.verme.meetings.api.CalendarKey;
import fi.verme.meetings.api.CancelMeeting;
import fi.verme.meetings.api.CloseCalendar;
import fi.verme.meetings.api.ClosedDay;
import fi.verme.meetings.api.CountJointMeeting;
import fi.verme.meetings.api.HoursCapExceededException;
import fi.verme.meetings.api.JointMeetingCounted;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.JointMeetingKindTakenException;
import fi.verme.meetings.api.JointMeetingScheduled;
import fi.verme.meetings.api.MeetingAlreadyHeldException;
import fi.verme.meetings.api.MeetingAlreadyScheduledException;
import fi.verme.meetings.api.MeetingBeforeGroupStartException;
import fi.verme.meetings.api.MeetingCancellationReason;
import fi.verme.meetings.api.MeetingCancelled;
import fi.verme.meetings.api.MeetingCancelledException;
import fi.verme.meetings.api.MeetingHeld;
import fi.verme.meetings.api.MeetingInFutureException;
import fi.verme.meetings.api.MeetingNotFoundException;
import fi.verme.meetings.api.MeetingNotHeldException;
import fi.verme.meetings.api.MeetingRescheduled;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingsOverlapException;
import fi.verme.meetings.api.MinutesCorrected;
import fi.verme.meetings.api.MinutesRecorded;
import fi.verme.meetings.api.NotAllowedException;
import fi.verme.meetings.api.RecordMeetingHeld;
import fi.verme.meetings.api.RecordMinutes;
import fi.verme.meetings.api.RescheduleMeeting;
import fi.verme.meetings.api.ScheduleJointMeeting;
import fi.verme.meetings.api.ScheduleMeeting;
import fi.verme.meetings.api.ScheduleMeetingSeries;
import fi.verme.meetings.api.SeriesScheduled;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A group's calendar: every meeting of the group, held or planned, and the joint meetings it took part in. The hours
 * cap is an invariant of this one aggregate, so two meetings recorded at the same moment cannot together pass it: the
 * second is checked against the first, or loses the race on the event store's key and is retried. A group takes part in
 * one kickoff and one closing a programme year, planned ahead or recorded when held, unless the year's rules allow more
 * ({@link JointMeetingLimits}). (Revision 1: the planned joint meetings and the kinds taken are kept; revision 2: every
 * joint meeting of a kind, not only the first; revision 3: the joint meetings cancelled before they were held; revision
 * 4: each meeting's time and length, for {@link MeetingsOverlapException}; older snapshots are read from the events
 * again.) A joint meeting planned for the group is moved or cancelled with the commands of its own meetings, under the
 * joint meeting's id; a cancelled one no longer takes its kind's place.
 */
@Aggregate(snapshotTriggerDefinition = "longHistorySnapshots")
@Revision("4")
class GroupCalendar {

    static final int SHORTEST_MEETING = 15;
    static final int LONGEST_MEETING = 8 * 60;
    static final int MAX_TOPICS = 10;
    static final int MAX_SERIES = 20;
    static final int MAX_SERIES_INTERVAL_WEEKS = 8;
    static final int MAX_TOPIC_LENGTH = 80;
    static final int MAX_TEXT_LENGTH = 20_000;

    @AggregateIdentifier
    private String id;
    private String groupId;
    private final Map<String, Meeting> meetings = new HashMap<>();
    private final Set<String> jointMeetings = new HashSet<>();
    private final Map<String, LocalDate> plannedJointMeetings = new HashMap<>();
    private final Set<String> cancelledJointMeetings = new HashSet<>();
    private final Map<JointMeetingKind, Set<String>> jointMeetingsOfKind = new EnumMap<>(JointMeetingKind.class);
    private int heldMinutes;
    private int jointMinutes;

    /** A meeting of the group: its day and time, and its length as planned, or as held once held. */
    private record Meeting(LocalDate date, LocalTime startTime, int length, MeetingStatus status,
                           int minutesVersion) {

        Meeting withPlan(LocalDate newDate, LocalTime newStart, int newLength) {
            return new Meeting(newDate, newStart, newLength, status, minutesVersion);
        }

        Meeting withStatus(MeetingStatus newStatus) {
            return new Meeting(date, startTime, length, newStatus, minutesVersion);
        }

        Meeting held(int heldLength) {
            return new Meeting(date, startTime, heldLength, MeetingStatus.HELD, minutesVersion);
        }

        Meeting withMinutes(int version) {
            return new Meeting(date, startTime, length, status, version);
        }
    }

    protected GroupCalendar() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleMeeting command, GroupFacts groups) {
        var group = openGroup(command.groupId(), groups);
        if (meetings.containsKey(command.meetingId())) {
            throw new MeetingAlreadyScheduledException(command.meetingId());
        }
        requirePlan(group.programmeYear(), "date", command.date(), command.startTime(), command.plannedMinutes(),
                command.place());
        requireNotBeforeStart(command.meetingId(), command.date(), group);
        requireNoOverlap(command.meetingId(), command.date(), command.startTime(), command.plannedMinutes());
        apply(new MeetingScheduled(command.meetingId(), command.groupId(), group.programmeYear(), command.date(),
                command.startTime(), command.plannedMinutes(), command.place().strip(), command.online()));
    }

    /**
     * Every meeting of the series in one go, or none: each date a public holiday or a school break closes moves on a
     * week at a time, and the next follows {@code everyWeeks} after the date the one before got.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    SeriesScheduled handle(ScheduleMeetingSeries command, GroupFacts groups, SchoolCalendar calendar) {
        var group = openGroup(command.groupId(), groups);
        var ids = command.meetingIds() == null ? List.<String>of() : command.meetingIds();
        if (ids.size() < 2 || ids.size() > MAX_SERIES) {
            throw new InvalidInputException("count", "a whole number of meetings from 2 to " + MAX_SERIES);
        }
        if (command.everyWeeks() < 1 || command.everyWeeks() > MAX_SERIES_INTERVAL_WEEKS) {
            throw new InvalidInputException("everyWeeks", "a whole number of weeks from 1 to " + MAX_SERIES_INTERVAL_WEEKS);
        }
        var dates = new ArrayList<LocalDate>();
        var skipped = new ArrayList<ClosedDay>();
        var date = command.firstDate();
        for (int i = 0; i < ids.size(); i++) {
            Optional<ClosedDay> closed;
            while (date != null && !date.isAfter(group.programmeYear().lastDay())
                    && (closed = calendar.closed(group.programmeYear(), date)).isPresent()) {
                skipped.add(closed.get());
                date = date.plusWeeks(1);
            }
            // The request names the first date and the count: a later meeting past the year is too many meetings.
            if (i > 0 && date.isAfter(group.programmeYear().lastDay())) {
                throw new InvalidInputException("count", "as many meetings as fit in the school year, which ends "
                        + group.programmeYear().lastDay() + " (here " + i + ")");
            }
            requirePlan(group.programmeYear(), "firstDate", date, command.startTime(), command.plannedMinutes(),
                    command.place());
            requireNotBeforeStart(ids.get(i), date, group);
            if (meetings.containsKey(ids.get(i))) {
                throw new MeetingAlreadyScheduledException(ids.get(i));
            }
            dates.add(date);
            date = date.plusWeeks(command.everyWeeks());
        }
        for (int i = 0; i < ids.size(); i++) {
            requireNoOverlap(ids.get(i), dates.get(i), command.startTime(), command.plannedMinutes());
        }
        for (int i = 0; i < ids.size(); i++) {
            apply(new MeetingScheduled(ids.get(i), command.groupId(), group.programmeYear(), dates.get(i),
                    command.startTime(), command.plannedMinutes(), command.place().strip(), command.online()));
        }
        return new SeriesScheduled(ids, skipped);
    }

    @CommandHandler
    void handle(RescheduleMeeting command, GroupFacts groups) {
        if (isJoint(command.meetingId())) {
            var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
            requirePlannedJoint(command.meetingId(), "reschedule");
            requirePlan(group.programmeYear(), "date", command.date(), command.startTime(), command.plannedMinutes(),
                    command.place());
            apply(new MeetingRescheduled(command.meetingId(), groupId, group.programmeYear(), command.date(),
                    command.startTime(), command.plannedMinutes(), command.place().strip(), false));
            return;
        }
        var group = openGroup(groupId, groups);
        requireScheduled(command.meetingId(), "reschedule");
        requirePlan(group.programmeYear(), "date", command.date(), command.startTime(), command.plannedMinutes(),
                command.place());
        requireNotBeforeStart(command.meetingId(), command.date(), group);
        requireNoOverlap(command.meetingId(), command.date(), command.startTime(), command.plannedMinutes());
        apply(new MeetingRescheduled(command.meetingId(), groupId, group.programmeYear(), command.date(),
                command.startTime(), command.plannedMinutes(), command.place().strip(), command.online()));
    }

    @CommandHandler
    void handle(CancelMeeting command, GroupFacts groups) {
        GroupFacts.Group group;
        if (isJoint(command.meetingId())) {
            // A joint meeting is the programme's: a closed group's share of it is cancelled with the others'.
            group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
            requirePlannedJoint(command.meetingId(), "cancel");
        } else {
            group = openGroup(groupId, groups);
            requireScheduled(command.meetingId(), "cancel");
        }
        if (command.reason() == null || command.reason() == MeetingCancellationReason.GROUP_CLOSED) {
            throw new InvalidInputException("reason", "a cancellation reason code other than GROUP_CLOSED (which "
                    + "closing the group gives)");
        }
        apply(new MeetingCancelled(command.meetingId(), groupId, group.programmeYear(), command.reason()));
    }

    /** A closed group's meetings still ahead are cancelled; the held ones and the past ones stay as they are. */
    @CommandHandler
    void handle(CloseCalendar command, GroupFacts groups) {
        var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        meetings.entrySet().stream()
                .filter(meeting -> meeting.getValue().status() == MeetingStatus.SCHEDULED
                        && !meeting.getValue().date().isBefore(command.closedOn()))
                .map(Map.Entry::getKey).sorted()
                .forEach(meetingId -> apply(new MeetingCancelled(meetingId, groupId, group.programmeYear(),
                        MeetingCancellationReason.GROUP_CLOSED)));
    }

    @CommandHandler
    void handle(RecordMeetingHeld command, GroupFacts groups, HoursCaps caps, Clock clock) {
        var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        var meeting = requireScheduled(command.meetingId(), "record as held");
        if (group.status() != GroupStatus.STARTED) {
            throw new GroupNotStartedException(groupId, "hold its meetings");
        }
        var today = LocalDate.now(clock);
        if (meeting.date().isAfter(today)) {
            throw new MeetingInFutureException(meeting.date(), today);
        }
        if (group.startedOn() != null && meeting.date().isBefore(group.startedOn())) {
            throw new MeetingBeforeGroupStartException(command.meetingId(), meeting.date(), group.startedOn());
        }
        requireLength("durationMinutes", command.durationMinutes());
        requireNoOverlap(command.meetingId(), meeting.date(), meeting.startTime(), command.durationMinutes());
        requireWithinCap(groupId, group.programmeYear(), command.durationMinutes(), caps);
        var attendees = requireMembersOf(groupId, command.attendees(), meeting.date(), groups);
        List<String> mentorsPresent;
        if (command.mentorsPresent() == null) {
            mentorsPresent = List.copyOf(group.mentors().keySet()).stream().sorted().toList();
        } else {
            mentorsPresent = List.copyOf(command.mentorsPresent());
            if (new HashSet<>(mentorsPresent).size() != mentorsPresent.size()
                    || !group.mentors().keySet().containsAll(mentorsPresent)) {
                throw new InvalidInputException("mentorsPresent", "mentor ids of the group, each once: "
                        + group.mentors().keySet());
            }
        }
        apply(new MeetingHeld(command.meetingId(), groupId, group.programmeYear(), meeting.date(),
                command.durationMinutes(), attendees, mentorsPresent));
    }

    @CommandHandler
    void handle(RecordMinutes command, GroupFacts groups, MinutesArchive archive) {
        var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        var meeting = meetings.get(command.meetingId());
        if (meeting == null) {
            throw new MeetingNotFoundException(command.meetingId());
        }
        if (meeting.status() != MeetingStatus.HELD) {
            throw new MeetingNotHeldException(command.meetingId(), meeting.status());
        }
        if (command.authorPersonId() == null || !group.mentors().containsValue(command.authorPersonId())) {
            throw new NotAllowedException("Only a mentor of the group writes its minutes");
        }
        var topics = command.topics() == null ? List.<String>of() : command.topics();
        if (topics.size() > MAX_TOPICS || topics.stream().anyMatch(t -> t == null || t.isBlank()
                || t.length() > MAX_TOPIC_LENGTH)) {
            throw new InvalidInputException("topics", "up to " + MAX_TOPICS + " topics of 1-" + MAX_TOPIC_LENGTH
                    + " characters, which the coordinator may see");
        }
        if (command.text() == null || command.text().isBlank() || command.text().length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException("text", "the minutes, 1-" + MAX_TEXT_LENGTH + " characters");
        }
        int version = meeting.minutesVersion() + 1;
        var cleanTopics = topics.stream().map(String::strip).toList();
        // Saved again unchanged: no new version, so that the history shows only real corrections.
        if (version > 1 && archive.isLatest(command.meetingId(), cleanTopics, command.text())) {
            return;
        }
        archive.store(command.meetingId(), version, command.authorPersonId(), cleanTopics, command.text());
        if (version == 1) {
            apply(new MinutesRecorded(command.meetingId(), groupId, group.programmeYear(), version, cleanTopics,
                    command.authorPersonId()));
        } else {
            apply(new MinutesCorrected(command.meetingId(), groupId, group.programmeYear(), version, cleanTopics,
                    command.authorPersonId()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CountJointMeeting command, GroupFacts groups, HoursCaps caps, JointMeetingLimits limits, Clock clock) {
        var group = groups.find(command.groupId()).orElseThrow(() -> new GroupNotFoundException(command.groupId()));
        // A completed group still counts its closing meeting; a cancelled one is closed, not yet to start.
        if (group.status() == GroupStatus.CANCELLED) {
            throw new GroupClosedException(command.groupId(), group.status());
        }
        if (group.status() != GroupStatus.STARTED && group.status() != GroupStatus.COMPLETED) {
            throw new GroupNotStartedException(command.groupId(), "count a joint meeting for it");
        }
        if (jointMeetings.contains(command.jointMeetingId())) {
            throw MeetingAlreadyHeldException.jointMeetingCounted(command.jointMeetingId());
        }
        if (cancelledJointMeetings.contains(command.jointMeetingId())) {
            throw new MeetingCancelledException(command.jointMeetingId());
        }
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "KICKOFF or CLOSING");
        }
        requireKindFree(command.groupId(), group.programmeYear(), command.kind(), command.jointMeetingId(), limits);
        var today = LocalDate.now(clock);
        // As for a group's own meeting, one still ahead is refused as such (a planned one's date is not asked for).
        if (command.date() != null && command.date().isAfter(today)) {
            throw new MeetingInFutureException(command.date(), today);
        }
        if (command.date() == null || command.date().isBefore(group.programmeYear().firstDay())) {
            throw new InvalidInputException("date", "the day of the joint meeting, from "
                    + group.programmeYear().firstDay() + " to today (" + today + ")");
        }
        requireLength("durationMinutes", command.durationMinutes());
        requireWithinCap(command.groupId(), group.programmeYear(), command.durationMinutes(), caps);
        var attendees = requireMembersOf(command.groupId(), command.attendees(), command.date(), groups);
        apply(new JointMeetingCounted(command.groupId(), command.jointMeetingId(), group.programmeYear(),
                command.kind(), command.date(), command.durationMinutes(), attendees));
    }

    /** A joint meeting planned ahead goes on the calendar with its time and place; it counts once held. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleJointMeeting command, GroupFacts groups, JointMeetingLimits limits) {
        var group = openGroup(command.groupId(), groups);
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "KICKOFF or CLOSING");
        }
        if (isJoint(command.jointMeetingId())) {
            throw new MeetingAlreadyScheduledException(command.jointMeetingId());
        }
        requireKindFree(command.groupId(), group.programmeYear(), command.kind(), command.jointMeetingId(), limits);
        requirePlan(group.programmeYear(), "date", command.date(), command.startTime(), command.plannedMinutes(),
                command.place());
        apply(new JointMeetingScheduled(command.groupId(), command.jointMeetingId(), group.programmeYear(),
                command.kind(), command.date(), command.startTime(), command.plannedMinutes(),
                command.place().strip()));
    }

    /** The group may take part in one more joint meeting of the kind, or this one is already among its own. */
    private void requireKindFree(String groupId, ProgrammeYear programmeYear, JointMeetingKind kind,
                                 String jointMeetingId, JointMeetingLimits limits) {
        var taken = jointMeetingsOfKind.getOrDefault(kind, Set.of());
        int limit = limits.limit(programmeYear, kind);
        if (!taken.contains(jointMeetingId) && taken.size() >= limit) {
            throw new JointMeetingKindTakenException(groupId, kind, limit);
        }
    }

    private GroupFacts.Group openGroup(String groupId, GroupFacts groups) {
        var group = groups.find(groupId).orElseThrow(() -> new GroupNotFoundException(groupId));
        if (group.status().isClosed()) {
            throw new GroupClosedException(groupId, group.status());
        }
        return group;
    }

    /** Whether the id is a joint meeting's that this group took part in, or was to. */
    private boolean isJoint(String meetingId) {
        return plannedJointMeetings.containsKey(meetingId) || jointMeetings.contains(meetingId)
                || cancelledJointMeetings.contains(meetingId);
    }

    private void requirePlannedJoint(String jointMeetingId, String action) {
        if (jointMeetings.contains(jointMeetingId)) {
            throw MeetingAlreadyHeldException.cannotBe(pastTense(action));
        }
        if (cancelledJointMeetings.contains(jointMeetingId)) {
            throw new MeetingCancelledException(jointMeetingId);
        }
    }

    private Meeting requireScheduled(String meetingId, String action) {
        var meeting = meetings.get(meetingId);
        if (meeting == null) {
            throw new MeetingNotFoundException(meetingId);
        }
        if (meeting.status() == MeetingStatus.HELD) {
            throw MeetingAlreadyHeldException.cannotBe(pastTense(action));
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new MeetingCancelledException(meetingId);
        }
        return meeting;
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "reschedule" -> "rescheduled";
            case "cancel" -> "cancelled";
            default -> "recorded again";
        };
    }

    private void requireWithinCap(String group, ProgrammeYear programmeYear, int minutes, HoursCaps caps) {
        int cap = caps.capMinutes(programmeYear);
        int used = heldMinutes + jointMinutes;
        if (used + minutes > cap) {
            throw new HoursCapExceededException(group, cap, used, minutes);
        }
    }

    private static List<String> requireMembersOf(String groupId, List<String> attendees, LocalDate date,
                                                 GroupFacts groups) {
        if (attendees == null || attendees.isEmpty()) {
            return List.of();
        }
        if (new HashSet<>(attendees).size() != attendees.size()) {
            throw new InvalidInputException("attendees", "person ids of the members present, each once");
        }
        var members = groups.membersOn(groupId, date);
        for (var personId : attendees) {
            if (!members.contains(personId)) {
                throw new AttendeeNotAMemberException(groupId, personId, date);
            }
        }
        return List.copyOf(attendees);
    }

    /**
     * A group meets once at a time: the meeting, from its start for its length, may not overlap another of the group's
     * meetings that is not cancelled, planned or held (the held length once held). Joint meetings are the programme's
     * and are not compared.
     */
    private void requireNoOverlap(String meetingId, LocalDate date, LocalTime start, int length) {
        if (start == null) {
            return; // a time the plan's own check refuses, or none kept: nothing to compare
        }
        int from = start.toSecondOfDay() / 60;
        meetings.entrySet().stream()
                .filter(other -> !other.getKey().equals(meetingId))
                .filter(other -> other.getValue().status() != MeetingStatus.CANCELLED
                        && date.equals(other.getValue().date()) && other.getValue().startTime() != null)
                .filter(other -> {
                    int otherFrom = other.getValue().startTime().toSecondOfDay() / 60;
                    return from < otherFrom + other.getValue().length() && otherFrom < from + length;
                })
                .min(Map.Entry.comparingByKey())
                .ifPresent(other -> {
                    var otherStart = other.getValue().startTime();
                    throw new MeetingsOverlapException(meetingId, other.getKey(), date, otherStart,
                            otherStart.plusMinutes(other.getValue().length()));
                });
    }

    private static void requireLength(String field, int minutes) {
        if (minutes < SHORTEST_MEETING || minutes > LONGEST_MEETING) {
            throw new InvalidInputException(field, "minutes, from " + SHORTEST_MEETING + " to " + LONGEST_MEETING);
        }
    }

    /**
     * A started group meets on its start day or later: a meeting planned before it could never be recorded as held
     * ({@link MeetingBeforeGroupStartException}), so it is refused when planned. A forming group plans freely.
     */
    private static void requireNotBeforeStart(String meetingId, LocalDate date, GroupFacts.Group group) {
        if (group.startedOn() != null && date.isBefore(group.startedOn())) {
            throw new MeetingBeforeGroupStartException(meetingId, date, group.startedOn());
        }
    }

    /** A meeting's plan as the rules take it; {@code dateField} is the request's name for its date. */
    private static void requirePlan(ProgrammeYear programmeYear, String dateField, LocalDate date, LocalTime startTime,
                                    int minutes, String place) {
        if (date == null || date.isBefore(programmeYear.firstDay()) || date.isAfter(programmeYear.lastDay())) {
            throw new InvalidInputException(dateField, "a day of the school year, " + programmeYear.firstDay() + " to "
                    + programmeYear.lastDay());
        }
        if (startTime == null) {
            throw new InvalidInputException("startTime", "the time the meeting starts, e.g. 14:30");
        }
        requireLength("plannedMinutes", minutes);
        if (place == null || place.isBlank() || place.length() > 300) {
            throw new InvalidInputException("place", "where the group meets, or its online link: 1-300 characters");
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        id = CalendarKey.of(event.groupId());
        groupId = event.groupId();
        meetings.put(event.meetingId(), new Meeting(event.date(), event.startTime(), event.plannedMinutes(),
                MeetingStatus.SCHEDULED, 0));
    }

    @EventSourcingHandler
    void on(MeetingRescheduled event) {
        meetings.computeIfPresent(event.meetingId(),
                (id, meeting) -> meeting.withPlan(event.date(), event.startTime(), event.plannedMinutes()));
        plannedJointMeetings.computeIfPresent(event.meetingId(), (id, date) -> event.date());
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.withStatus(MeetingStatus.CANCELLED));
        if (plannedJointMeetings.remove(event.meetingId()) != null) {
            cancelledJointMeetings.add(event.meetingId());
            jointMeetingsOfKind.values().forEach(taken -> taken.remove(event.meetingId()));
        }
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.held(event.durationMinutes()));
        heldMinutes += event.durationMinutes();
    }

    @EventSourcingHandler
    void on(MinutesRecorded event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.withMinutes(event.version()));
    }

    @EventSourcingHandler
    void on(MinutesCorrected event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.withMinutes(event.version()));
    }

    @EventSourcingHandler
    void on(JointMeetingScheduled event) {
        id = CalendarKey.of(event.groupId());
        groupId = event.groupId();
        plannedJointMeetings.put(event.jointMeetingId(), event.date());
        jointMeetingsOfKind.computeIfAbsent(event.kind(), kind -> new HashSet<>()).add(event.jointMeetingId());
    }

    @EventSourcingHandler
    void on(JointMeetingCounted event) {
        id = CalendarKey.of(event.groupId());
        groupId = event.groupId();
        plannedJointMeetings.remove(event.jointMeetingId());
        jointMeetings.add(event.jointMeetingId());
        jointMeetingsOfKind.computeIfAbsent(event.kind(), kind -> new HashSet<>()).add(event.jointMeetingId());
        jointMinutes += event.durationMinutes();
    }
}
