package fi.verme.app.notices;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.Duration;
import fi.verme.groups.api.GroupView;
import fi.verme.meetings.api.MeetingView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * A meeting as a notice tells it and as its calendar entry: the entry's sequence is the change's number, and it
 * may be cancelled.
 */
record MeetingEntry(String meetingId, LocalDate date, LocalTime start, int minutes, String place, long sequence,
                    boolean cancelled) {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** The meeting as the calendar has it now. */
    static MeetingEntry of(MeetingView meeting) {
        return new MeetingEntry(meeting.meetingId(), meeting.date(), meeting.startTime(), meeting.plannedMinutes(),
                meeting.place(), meeting.sequence(), false);
    }

    /** The values a meeting's notice fills in: the group, the day, the time in the reader's way, the place. */
    Map<String, String> values(GroupView group, String language) {
        return new HashMap<>(Map.of("group", group.name(), "date", DATE.format(date), "time", time(start, language),
                "place", place == null ? "" : place));
    }

    /**
     * The meeting as an entry for the recipient's calendar: the feed's UID and sequence, so that a change or a
     * cancellation (METHOD:CANCEL, STATUS:CANCELLED) replaces the entry the calendar has.
     */
    Outbox.Attachment ics(GroupView group) {
        var calendar = new ICalendar();
        calendar.setProductId("-//Verme//Vertaisryhmämentorointi//FI");
        calendar.setMethod(cancelled ? Method.cancel() : Method.request());
        var event = new VEvent();
        event.setUid(meetingId + "-" + group.groupId() + "@verme");
        event.setSummary("Verme: " + group.name());
        event.setDateStart(Date.from(date.atTime(start == null ? LocalTime.MIDNIGHT : start).atZone(HELSINKI)
                .toInstant()));
        event.setDuration(Duration.builder().minutes(minutes).build());
        event.setLocation(place);
        event.setSequence((int) sequence);
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        calendar.addEvent(event);
        return new Outbox.Attachment("tapaaminen.ics", Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8));
    }

    static String time(LocalTime start, String language) {
        return start == null ? "" : start.format(DateTimeFormatter.ofPattern(language.equals("en") ? "HH:mm" : "HH.mm"));
    }
}
