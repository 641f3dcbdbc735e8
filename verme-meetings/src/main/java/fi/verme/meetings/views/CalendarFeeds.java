package fi.verme.meetings.views;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.Duration;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.GroupView;
import fi.verme.meetings.api.CalendarFeedView;
import fi.verme.meetings.api.FindCalendarFeed;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.ListMeetings;
import fi.verme.meetings.api.MeetingStatus;
import fi.verme.meetings.api.MeetingView;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Groups' calendars written as iCalendar: the one writer of feeds, for a group's members and for a person
 * over all their groups. Each meeting keeps its UID, so a rescheduled meeting moves and a cancelled one shows
 * as cancelled; a joint meeting the person's groups share appears once.
 */
@Component
class CalendarFeeds {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final QueryGateway queries;

    CalendarFeeds(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    CalendarFeedView feed(FindCalendarFeed query) {
        var calendar = new ICalendar();
        calendar.setProductId("-//Verme//Vertaisryhmämentorointi//FI");
        calendar.setName(query.name());
        var jointSeen = new HashSet<String>();
        for (var groupId : query.groupIds()) {
            var group = queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class))
                    .join();
            if (group.isEmpty()) {
                continue;
            }
            for (var meeting : queries.query(new ListMeetings(groupId),
                    ResponseTypes.multipleInstancesOf(MeetingView.class)).join()) {
                if (meeting.jointKind() == null || jointSeen.add(meeting.meetingId())) {
                    calendar.addEvent(event(group.get(), meeting));
                }
            }
        }
        return new CalendarFeedView(Biweekly.write(calendar).go());
    }

    private static VEvent event(GroupView group, MeetingView meeting) {
        var event = new VEvent();
        event.setUid(meeting.meetingId() + "-" + group.groupId() + "@verme");
        if (meeting.jointKind() != null) {
            event.setSummary(meeting.jointKind() == JointMeetingKind.KICKOFF
                    ? "Verme: yhteinen aloitustapaaminen" : "Verme: yhteinen lopetustapaaminen");
        } else {
            event.setSummary("Verme: " + group.name());
        }
        if (meeting.startTime() == null) {
            // a joint meeting recorded without a plan: a date without a time, which the library writes in the JVM's
            // own zone, so make it there
            event.setDateStart(Date.from(meeting.date().atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
        } else {
            event.setDateStart(Date.from(meeting.date().atTime(meeting.startTime()).atZone(HELSINKI).toInstant()));
            int minutes = meeting.heldMinutes() != null ? meeting.heldMinutes() : meeting.plannedMinutes();
            event.setDuration(Duration.builder().minutes(minutes).build());
            if (meeting.place() != null) {
                event.setLocation(meeting.place());
            }
            address(meeting).ifPresent(event::setUrl);
        }
        event.setStatus(meeting.status() == MeetingStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
        // A calendar replaces the entry it has when the sequence is higher (RFC 5545 3.8.7.4).
        event.setSequence((int) meeting.sequence());
        if (meeting.lastModified() != null) {
            event.setLastModified(Date.from(meeting.lastModified()));
        }
        return event;
    }

    /** An online meeting's address when its place is one: an absolute http(s) URI, written as a URI value. */
    private static Optional<String> address(MeetingView meeting) {
        if (!meeting.online() || meeting.place() == null) {
            return Optional.empty();
        }
        try {
            var uri = new URI(meeting.place().strip());
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
