package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code attendees}: person ids of the members present; {@code mentorsPresent}: mentor ids. */
@Revision("1")
public record MeetingHeld(String meetingId, String groupId, ProgrammeYear programmeYear, LocalDate heldOn,
                          int durationMinutes, List<String> attendees, List<String> mentorsPresent) {
}
