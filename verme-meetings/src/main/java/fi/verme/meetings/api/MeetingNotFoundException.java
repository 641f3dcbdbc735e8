package fi.verme.meetings.api;

public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException(String meetingId) {
        super("No meeting " + meetingId);
    }
}
