package fi.verme.app.notices;

import fi.verme.app.access.EnrolmentLinks;
import fi.verme.app.platform.web.LogSafe;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListSurveyRespondents;
import fi.verme.meetings.api.ListMeetingsBetween;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import fi.verme.shared.ProgrammeYear;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders, looked for every few minutes ({@code verme.reminders.every}) from {@code verme.reminders.send-from}
 * (08:00 Helsinki time) on: the day before a meeting, to its members and mentors with its place and calendar entry;
 * two days after a meeting still not recorded as held, to its mentors; a week after the survey link was sent, to
 * those who have not answered. Each programme year turns each kind on or off ({@link ReminderSettings}). A reminder
 * is queued once: the outbox keys it by meeting (and its day) or survey and person, so that several nodes looking
 * at once, or one looking again, send nothing twice.
 */
@Component
class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    /** A meeting left unrecorded longer than this is the coordinator's to chase, not a reminder's. */
    static final int RECORD_LOOKBACK_DAYS = 14;
    static final Duration SURVEY_AFTER = Duration.ofDays(7);
    /** Survey links older than this are not reminded of, say when the reminder is turned on late. */
    static final Duration SURVEY_LOOKBACK = Duration.ofDays(60);

    private final Mailings mailings;
    private final ReminderSettings settings;
    private final QueryGateway queries;
    private final EnrolmentLinks links;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LocalTime sendFrom;

    Reminders(Mailings mailings, ReminderSettings settings, QueryGateway queries, EnrolmentLinks links,
              JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
              @Value("${verme.reminders.send-from:08:00}") LocalTime sendFrom) {
        this.mailings = mailings;
        this.settings = settings;
        this.queries = queries;
        this.links = links;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.sendFrom = sendFrom;
    }

    @Scheduled(fixedDelayString = "${verme.reminders.every:PT10M}", initialDelayString = "${verme.reminders.first:PT1M}")
    void run() {
        try {
            queueDue(ZonedDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.warn("Reminders not looked for this time: {}", LogSafe.text(e.getMessage()));
        }
    }

    /** Queues the reminders due at {@code now} (Helsinki time); answers how many were looked at, by kind. */
    Map<NoticeKind, Integer> queueDue(ZonedDateTime now) {
        if (now.toLocalTime().isBefore(sendFrom)) {
            return Map.of();
        }
        var today = now.toLocalDate();
        return Map.of(NoticeKind.MEETING_REMINDER, dayBefore(today.plusDays(1)),
                NoticeKind.RECORD_REMINDER, recordHeld(today),
                NoticeKind.SURVEY_REMINDER, surveys(now));
    }

    private int dayBefore(LocalDate tomorrow) {
        int queued = 0;
        for (var meeting : meetings(tomorrow, tomorrow)) {
            var group = group(meeting.groupId()).filter(g -> settings.of(g.programmeYear().id()).meetingDayBefore());
            if (group.isEmpty()) {
                continue;
            }
            var entry = MeetingEntry.of(meeting);
            var ics = entry.ics(group.get());
            var people = new ArrayList<>(mailings.members(group.get()));
            people.addAll(mentors(group.get()));
            for (var person : people) {
                mailings.remind(key("meeting-reminder", meeting, person), group.get().programmeYear(),
                        NoticeKind.MEETING_REMINDER, person.personId(), person.contact(), person.language(),
                        entry.values(group.get(), person.language()), ics);
                queued++;
            }
        }
        return queued;
    }

    private int recordHeld(LocalDate today) {
        int queued = 0;
        for (var meeting : meetings(today.minusDays(RECORD_LOOKBACK_DAYS), today.minusDays(2))) {
            if (meeting.jointKind() != null) {
                continue; // a joint meeting is the coordinator's to record
            }
            var group = group(meeting.groupId()).filter(g -> settings.of(g.programmeYear().id()).recordHeld());
            if (group.isEmpty()) {
                continue;
            }
            var entry = MeetingEntry.of(meeting);
            for (var mentor : mentors(group.get())) {
                var values = entry.values(group.get(), mentor.language());
                values.put("link", mailings.address("/#/group/" + group.get().groupId()));
                mailings.remind(key("record-reminder", meeting, mentor), group.get().programmeYear(),
                        NoticeKind.RECORD_REMINDER, mentor.personId(), mentor.contact(), mentor.language(), values,
                        null);
                queued++;
            }
        }
        return queued;
    }

    /**
     * The survey links sent a week ago or more and not yet reminded of, taken by one node at a time: those not
     * answered get a reminder with a new link, and each is marked reminded either way.
     */
    private int surveys(ZonedDateTime now) {
        Integer queued = transactions.execute(status -> {
            var due = jdbc.query("""
                    select survey_id, enrolment_id, person_id, programme_year from app.survey_invitation
                    where reminded_at is null and invited_at <= ? and invited_at > ?
                    order by invited_at limit 500 for update skip locked""",
                    (rs, row) -> new Invitation(rs.getString(1), rs.getString(2), rs.getString(3),
                            ProgrammeYear.fromId(rs.getString(4))),
                    Timestamp.from(now.toInstant().minus(SURVEY_AFTER)),
                    Timestamp.from(now.toInstant().minus(SURVEY_LOOKBACK)));
            int count = 0;
            var bySurvey = due.stream().collect(Collectors.groupingBy(Invitation::surveyId));
            for (var survey : bySurvey.entrySet()) {
                var invited = survey.getValue();
                var answered = queries.query(new ListSurveyRespondents(survey.getKey(),
                                invited.stream().map(Invitation::enrolmentId).toList()),
                        ResponseTypes.multipleInstancesOf(String.class)).join();
                var contacts = mailings.contacts(invited.stream().map(Invitation::personId).toList());
                for (var invitation : invited) {
                    var contact = contacts.get(invitation.personId());
                    if (!answered.contains(invitation.enrolmentId()) && contact != null
                            && settings.of(invitation.programmeYear().id()).survey()) {
                        var token = links.issue(EnrolmentLinks.surveySubject(invitation.surveyId(),
                                invitation.enrolmentId())).token();
                        var language = mailings.languageOf(invitation.enrolmentId(), invitation.programmeYear());
                        mailings.remind("survey-reminder:" + invitation.surveyId() + ":" + invitation.personId(),
                                invitation.programmeYear(), NoticeKind.SURVEY_REMINDER, invitation.personId(),
                                contact, language, Map.of("link", mailings.address("/#/kysely/" + token)),
                                null);
                        count++;
                    }
                    jdbc.update("""
                            update app.survey_invitation set reminded_at = ? where survey_id = ? and enrolment_id = ?""",
                            Timestamp.from(now.toInstant()), invitation.surveyId(), invitation.enrolmentId());
                }
            }
            return count;
        });
        return queued == null ? 0 : queued;
    }

    private record Invitation(String surveyId, String enrolmentId, String personId, ProgrammeYear programmeYear) {
    }

    /** A meeting's reminder to one person, once: a meeting moved to another day is reminded of again. */
    private static String key(String kind, MeetingView meeting, Mailings.Recipient person) {
        return kind + ":" + meeting.meetingId() + ":" + meeting.groupId() + ":" + meeting.date() + ":"
                + person.personId();
    }

    /** The group's mentors who can be written to, in their organiser's language. */
    private List<Mailings.Recipient> mentors(GroupView group) {
        var contacts = mailings.contacts(group.mentors().stream().map(GroupView.Mentor::personId).toList());
        var language = mailings.languageOf(group.programmeYear().organiser());
        return group.mentors().stream().filter(mentor -> contacts.containsKey(mentor.personId()))
                .map(mentor -> new Mailings.Recipient(mentor.personId(), contacts.get(mentor.personId()), language))
                .toList();
    }

    private List<MeetingView> meetings(LocalDate from, LocalDate to) {
        return queries.query(new ListMeetingsBetween(from, to, MeetingStatus.SCHEDULED),
                ResponseTypes.multipleInstancesOf(MeetingView.class)).join();
    }

    private Optional<GroupView> group(String groupId) {
        return queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class)).join();
    }
}
