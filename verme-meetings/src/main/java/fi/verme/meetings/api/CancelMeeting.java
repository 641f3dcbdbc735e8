package fi.verme.meetings.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelMeeting(String groupId, String meetingId, MeetingCancellationReason reason) {

    @TargetAggregateIdentifier
    public String calendarId() {
        return CalendarKey.of(groupId);
    }
}
