package fi.verme.app.notices;

import fi.verme.app.access.EnrolmentLinks;
import fi.verme.app.organisers.Organisers;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentPlaced;
import fi.verme.enrolment.api.EnrolmentSubmitted;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.EnrolmentWaitlisted;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.ImportRecord;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.GroupSummaryView;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListGroups;
import fi.verme.groups.api.ListSurveys;
import fi.verme.groups.api.SurveyDefined;
import fi.verme.groups.api.SurveyView;
import fi.verme.meetings.api.FindJointMeeting;
import fi.verme.meetings.api.FindMeeting;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.JointMeetingScheduled;
import fi.verme.meetings.api.MeetingCancelled;
import fi.verme.meetings.api.MeetingRescheduled;
import fi.verme.meetings.api.MeetingScheduled;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns what happens into e-mail for the people it concerns, in their language (else the organiser's), naming
 * the programme by its organiser's registered name: enrolment received
 * (with the personal link), placed in a group, on the waiting list, a meeting scheduled or moved (with
 * an .ics), the feedback survey open (with the personal survey link). Each message goes to the outbox in the
 * transaction that appends the event (a subscribing processor), once per event and recipient; a rebuild never
 * sends anything again.
 */
@Component
@ProcessingGroup("app-notices")
@DisallowReplay
class Notices {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Mailings mailings;
    private final Templates templates;
    private final QueryGateway queries;
    private final EnrolmentLinks links;
    private final Organisers organisers;
    private final JdbcTemplate jdbc;

    Notices(Mailings mailings, Templates templates, QueryGateway queries, EnrolmentLinks links, Organisers organisers,
            JdbcTemplate jdbc) {
        this.mailings = mailings;
        this.templates = templates;
        this.queries = queries;
        this.links = links;
        this.organisers = organisers;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EnrolmentSubmitted event, @MessageIdentifier String eventId,
            @MetaDataValue("language") String requested,
            @MetaDataValue(ImportRecord.NOTICES_METADATA) String notices) {
        var language = requested == null ? organisers.defaultLanguage(event.programmeYear().organiser()) : requested;
        jdbc.update("""
                insert into app.recipient_language (enrolment_id, language) values (?, ?)
                on conflict (enrolment_id) do nothing""", event.enrolmentId(), language);
        if (ImportRecord.NO_NOTICES.equals(notices)) {
            return; // imported by a coordinator who chose not to mail the people (last year's list, say)
        }
        mailings.contact(event.personId()).ifPresent(contact -> {
            var link = mailings.address("/#/oma/" + links.issue(event.enrolmentId()).token());
            send(eventId, event.programmeYear(), NoticeKind.ENROLMENT_RECEIVED, event.personId(), contact, language,
                    Map.of("link", link), null);
        });
    }

    @EventHandler
    void on(EnrolmentPlaced event, @MessageIdentifier String eventId) {
        var enrolment = enrolment(event.enrolmentId());
        var group = group(event.groupId());
        if (enrolment.isEmpty() || enrolment.get().person() == null || group.isEmpty()) {
            return;
        }
        var language = languageOf(event.enrolmentId(), event.programmeYear());
        var mentors = group.get().mentors().stream().filter(m -> !m.name().erased())
                .map(m -> m.name().firstName() + " " + m.name().lastName()).collect(Collectors.joining(", "));
        var first = meetings(event.groupId()).stream().filter(m -> m.status() == MeetingStatus.SCHEDULED
                        && m.startTime() != null && !m.date().isBefore(LocalDate.now(HELSINKI)))
                .min(Comparator.comparing(MeetingView::date))
                .map(m -> templates.phrase("FIRST_MEETING", language, when(m.date(), m.startTime(), language)
                        + ", " + m.place()))
                .orElseGet(() -> templates.phrase("FIRST_MEETING_TO_AGREE", language));
        send(eventId, event.programmeYear(), NoticeKind.PLACED, enrolment.get().personId(), enrolment.get().person(), language,
                Map.of("group", group.get().name(), "mentors", mentors, "firstMeeting", first), null);
    }

    @EventHandler
    void on(EnrolmentWaitlisted event, @MessageIdentifier String eventId) {
        enrolment(event.enrolmentId()).filter(e -> e.person() != null).ifPresent(enrolment -> {
            var language = languageOf(event.enrolmentId(), event.programmeYear());
            send(eventId, event.programmeYear(), NoticeKind.WAITLISTED, enrolment.personId(), enrolment.person(), language,
                    Map.of("reason", templates.phrase(event.reason().name(), language)), null);
        });
    }

    @EventHandler
    void on(MeetingScheduled event, @MessageIdentifier String eventId, @SequenceNumber long change) {
        meetingNotice(eventId, NoticeKind.MEETING_SCHEDULED, event.groupId(), event.programmeYear(), new MeetingEntry(event.meetingId(),
                event.date(), event.startTime(), event.plannedMinutes(), event.place(), change, false), language -> Map.of());
    }

    /** The joint kickoff or closing planned for a group: its people get it as they get a meeting of their own. */
    @EventHandler
    void on(JointMeetingScheduled event, @MessageIdentifier String eventId, @SequenceNumber long change) {
        meetingNotice(eventId, NoticeKind.MEETING_SCHEDULED, event.groupId(), event.programmeYear(), new MeetingEntry(
                event.jointMeetingId(), event.date(), event.startTime(), event.plannedMinutes(), event.place(), change,
                false), language -> Map.of());
    }

    @EventHandler
    void on(MeetingRescheduled event, @MessageIdentifier String eventId, @SequenceNumber long change) {
        meetingNotice(eventId, NoticeKind.MEETING_CHANGED, event.groupId(), event.programmeYear(), new MeetingEntry(event.meetingId(),
                event.date(), event.startTime(), event.plannedMinutes(), event.place(), change, false), language -> Map.of());
    }

    /**
     * A cancelled meeting, the group's own or its share of a joint one: its people are told why, with a cancellation
     * their calendar applies to the entry.
     */
    @EventHandler
    void on(MeetingCancelled event, @MessageIdentifier String eventId, @SequenceNumber long change) {
        queries.query(new FindMeeting(event.meetingId()), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                .or(() -> queries.query(new FindJointMeeting(event.programmeYear(), event.meetingId()),
                        ResponseTypes.multipleInstancesOf(MeetingView.class)).join().stream()
                        .filter(meeting -> meeting.groupId().equals(event.groupId())).findFirst())
                .ifPresent(meeting -> meetingNotice(eventId, NoticeKind.MEETING_CANCELLED, event.groupId(),
                        event.programmeYear(), new MeetingEntry(event.meetingId(), meeting.date(), meeting.startTime(),
                                meeting.plannedMinutes(), meeting.place(), change, true),
                        language -> Map.of("reason", templates.phrase(event.reason().name(), language))));
    }

    @EventHandler
    void on(GroupCompleted event, @MessageIdentifier String eventId) {
        var surveys = queries.query(new ListSurveys(event.programmeYear()),
                ResponseTypes.multipleInstancesOf(SurveyView.class)).join();
        group(event.groupId()).ifPresent(group -> surveys.forEach(survey -> surveyOpen(eventId, survey, group)));
    }

    @EventHandler
    void on(SurveyDefined event, @MessageIdentifier String eventId) {
        var survey = new SurveyView(event.surveyId(), event.programmeYear(), event.statements(),
                event.freeTextQuestion());
        queries.query(new ListGroups(event.programmeYear(), null, GroupStatus.COMPLETED),
                        ResponseTypes.multipleInstancesOf(GroupSummaryView.class)).join()
                .forEach(summary -> group(summary.groupId()).ifPresent(group -> surveyOpen(eventId, survey, group)));
    }

    /** Each member of a completed group gets their own link to the survey. */
    private void surveyOpen(String eventId, SurveyView survey, GroupView group) {
        for (var member : group.members()) {
            if (member.email() == null) {
                continue;
            }
            var token = links.issue(EnrolmentLinks.surveySubject(survey.surveyId(), member.enrolmentId())).token();
            var contact = new ContactDetails(member.name().firstName(), member.name().lastName(), member.email(), null);
            send(eventId + ":" + survey.surveyId(), survey.programmeYear(), NoticeKind.SURVEY_OPEN, member.personId(),
                    contact, languageOf(member.enrolmentId(), survey.programmeYear()),
                    Map.of("link", mailings.address("/#/kysely/" + token)), null);
            // A week without an answer brings a reminder (Reminders).
            jdbc.update("""
                    insert into app.survey_invitation (survey_id, enrolment_id, person_id, programme_year)
                    values (?, ?, ?, ?) on conflict do nothing""", survey.surveyId(), member.enrolmentId(),
                    member.personId(), survey.programmeYear().id());
        }
    }

    /** Each member of the group gets the notice, with the entry attached; {@code more}: values in their language. */
    private void meetingNotice(String eventId, NoticeKind kind, String groupId, ProgrammeYear year, MeetingEntry entry,
                               Function<String, Map<String, String>> more) {
        group(groupId).ifPresent(group -> {
            var ics = entry.ics(group);
            for (var member : mailings.members(group)) {
                var values = entry.values(group, member.language());
                values.putAll(more.apply(member.language()));
                send(eventId, year, kind, member.personId(), member.contact(), member.language(), values, ics);
            }
        });
    }

    private void send(String eventId, ProgrammeYear year, NoticeKind kind, String personId, ContactDetails to,
                      String language, Map<String, String> values, Outbox.Attachment attachment) {
        mailings.send(eventId + ":" + personId, year, kind, personId, to, language, values, attachment);
    }

    private static String when(LocalDate date, LocalTime start, String language) {
        return MeetingEntry.DATE.format(date) + " " + MeetingEntry.time(start, language);
    }

    private String languageOf(String enrolmentId, ProgrammeYear year) {
        return mailings.languageOf(enrolmentId, year);
    }

    private Optional<EnrolmentView> enrolment(String enrolmentId) {
        return queries.query(new FindEnrolment(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join();
    }

    private Optional<GroupView> group(String groupId) {
        return queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class)).join();
    }

    private List<MeetingView> meetings(String groupId) {
        return queries.query(new ListMeetings(groupId), ResponseTypes.multipleInstancesOf(MeetingView.class)).join();
    }
}
