package fi.verme.meetings.web;

import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.meetings.api.AttendanceView;
import fi.verme.meetings.api.CancelMeeting;
import fi.verme.meetings.api.ClosedDay;
import fi.verme.meetings.api.FindAttendance;
import fi.verme.meetings.api.FindGroupHours;
import fi.verme.meetings.api.CancelJointMeeting;
import fi.verme.meetings.api.FindHoursCap;
import fi.verme.meetings.api.FindJointMeeting;
import fi.verme.meetings.api.FindMeeting;
import fi.verme.meetings.api.FindMeetingGroup;
import fi.verme.meetings.api.FindMinutes;
import fi.verme.meetings.api.FindSchoolBreaks;
import fi.verme.meetings.api.FindJointMeetingLimits;
import fi.verme.meetings.api.GroupHoursView;
import fi.verme.meetings.api.JointMeetingLimitsView;
import fi.verme.meetings.api.JointMeetingView;
import fi.verme.meetings.api.ListJointMeetings;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.ListMinutes;
import fi.verme.meetings.api.ListProgrammeHours;
import fi.verme.meetings.api.MeetingNotFoundException;
import fi.verme.meetings.api.MeetingView;
import fi.verme.meetings.api.MinutesNotFoundException;
import fi.verme.meetings.api.MinutesView;
import fi.verme.meetings.api.PlanJointMeeting;
import fi.verme.meetings.api.ProgrammeHoursView;
import fi.verme.meetings.api.RecordJointMeeting;
import fi.verme.meetings.api.RescheduleJointMeeting;
import fi.verme.meetings.api.RecordMeetingHeld;
import fi.verme.meetings.api.RecordMinutes;
import fi.verme.meetings.api.RescheduleMeeting;
import fi.verme.meetings.api.ScheduleMeeting;
import fi.verme.meetings.api.ScheduleMeetingSeries;
import fi.verme.meetings.api.SchoolBreaksView;
import fi.verme.meetings.api.SeriesScheduled;
import fi.verme.meetings.api.SetHoursCap;
import fi.verme.meetings.api.SetJointMeetingLimits;
import fi.verme.meetings.api.SetSchoolBreaks;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meetings module's HTTP API: a group's calendar, holding a meeting, the minutes, joint meetings and
 * the hours against the cap (the calendar feed is {@link CalendarFeed}); who may call each is in the
 * application's access rules.
 */
@RestController
@RequestMapping("/api")
class MeetingController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    MeetingController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/groups/{groupId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingView> schedule(@PathVariable String groupId, @Valid @RequestBody MeetingRequest body) {
        var meetingId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleMeeting(groupId, meetingId, body.date(), body.startTime(),
                body.plannedMinutes(), body.place(), Boolean.TRUE.equals(body.online())));
        return ResponseEntity.created(URI.create("/api/meetings/" + meetingId)).body(get(meetingId));
    }

    /** The series' meetings in date order, and the days it went past (public holidays, school breaks). */
    record SeriesAnswer(List<MeetingView> meetings, List<ClosedDay> skipped) {
    }

    /** A series of meetings in one request, all or none; each meeting is its own afterwards. */
    @PostMapping("/groups/{groupId}/meeting-series")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SeriesAnswer> scheduleSeries(@PathVariable String groupId, @Valid @RequestBody SeriesRequest body) {
        var meetingIds = IntStream.range(0, body.count()).mapToObj(i -> UUID.randomUUID().toString()).toList();
        SeriesScheduled series = commands.sendAndWait(new ScheduleMeetingSeries(groupId, meetingIds, body.firstDate(),
                body.everyWeeks(), body.startTime(), body.plannedMinutes(), body.place(),
                Boolean.TRUE.equals(body.online())));
        return ResponseEntity.created(URI.create("/api/groups/" + groupId + "/meetings"))
                .body(new SeriesAnswer(series.meetingIds().stream().map(this::get).toList(), series.skipped()));
    }

    /** The organiser's school breaks of the year, and the public holidays on its weekdays. */
    @GetMapping("/programmes/{organiser}/{schoolYear}/school-breaks")
    SchoolBreaksView schoolBreaks(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindSchoolBreaks(new ProgrammeYear(organiser, schoolYear)), SchoolBreaksView.class)
                .join();
    }

    /** Sets the year's school breaks, replacing the ones it had. */
    @PutMapping("/programmes/{organiser}/{schoolYear}/school-breaks")
    SchoolBreaksView setSchoolBreaks(@PathVariable String organiser, @PathVariable String schoolYear,
                                     @Valid @RequestBody SchoolBreaksRequest body) {
        commands.sendAndWait(new SetSchoolBreaks(new ProgrammeYear(organiser, schoolYear), body.breaks()));
        return schoolBreaks(organiser, schoolYear);
    }

    @GetMapping("/groups/{groupId}/meetings")
    List<MeetingView> list(@PathVariable String groupId) {
        return queries.query(new ListMeetings(groupId), ResponseTypes.multipleInstancesOf(MeetingView.class)).join();
    }

    @GetMapping("/meetings/{meetingId}")
    MeetingView get(@PathVariable String meetingId) {
        return queries.query(new FindMeeting(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                .orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    @PostMapping("/meetings/{meetingId}/reschedule")
    MeetingView reschedule(@PathVariable String meetingId, @Valid @RequestBody MeetingRequest body) {
        commands.sendAndWait(new RescheduleMeeting(groupOf(meetingId), meetingId, body.date(), body.startTime(),
                body.plannedMinutes(), body.place(), Boolean.TRUE.equals(body.online())));
        return get(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    MeetingView cancel(@PathVariable String meetingId, @Valid @RequestBody CancelMeetingRequest body) {
        commands.sendAndWait(new CancelMeeting(groupOf(meetingId), meetingId, body.reason()));
        return get(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/held")
    MeetingView held(@PathVariable String meetingId, @Valid @RequestBody HeldRequest body) {
        commands.sendAndWait(new RecordMeetingHeld(groupOf(meetingId), meetingId, body.durationMinutes(),
                body.attendees(), body.mentorsPresent()));
        return get(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    MinutesView recordMinutes(@PathVariable String meetingId, @Valid @RequestBody MinutesRequest body,
                              @RequestAttribute(name = Identity.PERSON_ATTRIBUTE, required = false) String person) {
        commands.sendAndWait(new RecordMinutes(groupOf(meetingId), meetingId, person, body.topics(), body.text()));
        return minutes(meetingId, person);
    }

    @GetMapping("/meetings/{meetingId}/minutes")
    MinutesView minutes(@PathVariable String meetingId,
                        @RequestAttribute(name = Identity.PERSON_ATTRIBUTE, required = false) String person) {
        return queries.query(new FindMinutes(meetingId, person), ResponseTypes.optionalInstanceOf(MinutesView.class))
                .join().orElseThrow(() -> new MinutesNotFoundException(meetingId));
    }

    /** The minutes of the group's meetings that the caller may read, with the calendar's order, in one answer. */
    @GetMapping("/groups/{groupId}/minutes")
    List<MinutesView> groupMinutes(
            @PathVariable String groupId,
            @RequestAttribute(name = Identity.PERSON_ATTRIBUTE, required = false) String person) {
        return queries.query(new ListMinutes(groupId, person), ResponseTypes.multipleInstancesOf(MinutesView.class))
                .join();
    }

    @PostMapping("/programmes/{organiser}/{schoolYear}/joint-meetings")
    ResponseEntity<Map<String, Object>> jointMeeting(@PathVariable String organiser, @PathVariable String schoolYear,
                                                     @Valid @RequestBody JointMeetingRequest body) {
        var jointMeetingId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordJointMeeting(jointMeetingId, new ProgrammeYear(organiser, schoolYear),
                body.kind(), body.date(), body.durationMinutes(), body.groups(), body.attendees()));
        return ResponseEntity.status(201).body(Map.of("jointMeetingId", jointMeetingId, "groups", body.groups()));
    }

    /** The year's joint meetings, planned and held, by date, each with the groups that take part. */
    @GetMapping("/programmes/{organiser}/{schoolYear}/joint-meetings")
    List<JointMeetingView> jointMeetings(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new ListJointMeetings(new ProgrammeYear(organiser, schoolYear)),
                ResponseTypes.multipleInstancesOf(JointMeetingView.class)).join();
    }

    /** How many kickoffs and closings a group of the year may take part in (one of each unless set). */
    @GetMapping("/programmes/{organiser}/{schoolYear}/joint-meeting-limits")
    JointMeetingLimitsView jointMeetingLimits(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindJointMeetingLimits(new ProgrammeYear(organiser, schoolYear)),
                JointMeetingLimitsView.class).join();
    }

    @PutMapping("/programmes/{organiser}/{schoolYear}/joint-meeting-limits")
    JointMeetingLimitsView setJointMeetingLimits(@PathVariable String organiser, @PathVariable String schoolYear,
                                                 @Valid @RequestBody JointMeetingLimitsRequest body) {
        commands.sendAndWait(new SetJointMeetingLimits(new ProgrammeYear(organiser, schoolYear), body.kickoffs(),
                body.closings()));
        return jointMeetingLimits(organiser, schoolYear);
    }

    /** The joint meeting goes on every listed group's calendar with its time and place, all or none. */
    @PostMapping("/programmes/{organiser}/{schoolYear}/joint-meetings/planned")
    ResponseEntity<Map<String, Object>> planJointMeeting(@PathVariable String organiser,
                                                         @PathVariable String schoolYear,
                                                         @Valid @RequestBody PlannedJointMeetingRequest body) {
        var jointMeetingId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanJointMeeting(jointMeetingId, new ProgrammeYear(organiser, schoolYear),
                body.kind(), body.date(), body.startTime(), body.plannedMinutes(), body.place(), body.groups()));
        return ResponseEntity.status(201).body(Map.of("jointMeetingId", jointMeetingId, "groups", body.groups()));
    }

    /** A planned joint meeting was held: it counts for every group it was planned for, on its planned day. */
    @PostMapping("/programmes/{organiser}/{schoolYear}/joint-meetings/{jointMeetingId}/held")
    Map<String, Object> jointMeetingHeld(@PathVariable String organiser, @PathVariable String schoolYear,
                                         @PathVariable String jointMeetingId,
                                         @Valid @RequestBody JointHeldRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var planned = queries.query(new FindJointMeeting(year, jointMeetingId),
                ResponseTypes.multipleInstancesOf(MeetingView.class)).join();
        if (planned.isEmpty()) {
            throw new MeetingNotFoundException(jointMeetingId);
        }
        var groups = planned.stream().map(MeetingView::groupId).toList();
        commands.sendAndWait(new RecordJointMeeting(jointMeetingId, year, planned.get(0).jointKind(),
                planned.get(0).date(), body.durationMinutes(), groups, body.attendees()));
        return Map.of("jointMeetingId", jointMeetingId, "groups", groups);
    }

    /** A planned joint meeting moves for every group it was planned for, all or none; their people are told. */
    @PostMapping("/programmes/{organiser}/{schoolYear}/joint-meetings/{jointMeetingId}/reschedule")
    Map<String, Object> rescheduleJointMeeting(@PathVariable String organiser, @PathVariable String schoolYear,
                                               @PathVariable String jointMeetingId,
                                               @Valid @RequestBody JointRescheduleRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var groups = groupsOfJointMeeting(year, jointMeetingId);
        commands.sendAndWait(new RescheduleJointMeeting(jointMeetingId, year, body.date(), body.startTime(),
                body.plannedMinutes(), body.place(), groups));
        return Map.of("jointMeetingId", jointMeetingId, "groups", groups);
    }

    /** A planned joint meeting is cancelled for every group it was planned for, all or none; their people are told. */
    @PostMapping("/programmes/{organiser}/{schoolYear}/joint-meetings/{jointMeetingId}/cancel")
    Map<String, Object> cancelJointMeeting(@PathVariable String organiser, @PathVariable String schoolYear,
                                           @PathVariable String jointMeetingId,
                                           @Valid @RequestBody CancelMeetingRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var groups = groupsOfJointMeeting(year, jointMeetingId);
        commands.sendAndWait(new CancelJointMeeting(jointMeetingId, year, body.reason(), groups));
        return Map.of("jointMeetingId", jointMeetingId, "groups", groups);
    }

    /** The groups a joint meeting of the year was planned for or counted in; 404 for no such joint meeting. */
    private List<String> groupsOfJointMeeting(ProgrammeYear year, String jointMeetingId) {
        var groups = queries.query(new FindJointMeeting(year, jointMeetingId),
                ResponseTypes.multipleInstancesOf(MeetingView.class)).join().stream().map(MeetingView::groupId)
                .toList();
        if (groups.isEmpty()) {
            throw new MeetingNotFoundException(jointMeetingId);
        }
        return groups;
    }

    @PutMapping("/programmes/{organiser}/{schoolYear}/hours-cap")
    Map<String, Integer> hoursCap(@PathVariable String organiser, @PathVariable String schoolYear,
                                  @Valid @RequestBody HoursCapRequest body) {
        commands.sendAndWait(new SetHoursCap(new ProgrammeYear(organiser, schoolYear), body.hours()));
        return Map.of("hours", body.hours());
    }

    /** The year's cap on a group's hours, as the {@code PUT} set it (18 until it is). */
    @GetMapping("/programmes/{organiser}/{schoolYear}/hours-cap")
    Map<String, Integer> hoursCap(@PathVariable String organiser, @PathVariable String schoolYear) {
        int minutes = queries.query(new FindHoursCap(new ProgrammeYear(organiser, schoolYear)), Integer.class).join();
        return Map.of("hours", minutes / 60);
    }

    @GetMapping("/groups/{groupId}/hours")
    GroupHoursView groupHours(@PathVariable String groupId) {
        return queries.query(new FindGroupHours(groupId), ResponseTypes.optionalInstanceOf(GroupHoursView.class))
                .join().orElseThrow(() -> new GroupNotFoundException(groupId));
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/hours")
    ProgrammeHoursView programmeHours(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new ListProgrammeHours(new ProgrammeYear(organiser, schoolYear)),
                ProgrammeHoursView.class).join();
    }

    /** {@code programme}: the programme year as {@code organiser/schoolYear}. */
    @GetMapping("/persons/{personId}/attendance")
    AttendanceView attendance(@PathVariable String personId, @RequestParam String programme) {
        if (queries.query(new FindPersons(List.of(personId)), ResponseTypes.multipleInstancesOf(PersonView.class))
                .join().isEmpty()) {
            throw new PersonNotFoundException(personId); // not a row of zeros for an id mistyped or erased
        }
        return queries.query(new FindAttendance(personId, ProgrammeYear.fromId(programme)), AttendanceView.class)
                .join();
    }

    private String groupOf(String meetingId) {
        return queries.query(new FindMeetingGroup(meetingId), ResponseTypes.optionalInstanceOf(String.class)).join()
                .orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }
}
