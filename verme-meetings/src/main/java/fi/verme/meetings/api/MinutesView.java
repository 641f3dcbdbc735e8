package fi.verme.meetings.api;

import java.time.Instant;
import java.util.List;

/** The current minutes and every earlier version, newest first. */
public record MinutesView(String meetingId, String groupId, int version, List<String> topics, String text,
                          List<Version> versions) {

    public record Version(int version, List<String> topics, String text, String authorPersonId,
                          Instant recordedAt) {
    }
}
