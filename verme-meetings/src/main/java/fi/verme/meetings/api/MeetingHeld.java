package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A planned meeting of a started group was held, on its day or recorded later: how long it lasted and who was there.
 * Its minutes count towards the group's hours, which never exceed the year's cap.
 *
 * @param meetingId the meeting held
 * @param groupId the group that met
 * @param programmeYear the programme year of the group
 * @param heldOn the day it was held
 * @param durationMinutes how long it lasted, 15 to 480 minutes
 * @param attendees the person ids of the members present, each a member of the group on that day; may be empty
 * @param mentorsPresent the mentor ids of the group's mentors present (all of them unless the record named them)
 */
@Revision("1")
public record MeetingHeld(String meetingId, String groupId, ProgrammeYear programmeYear, LocalDate heldOn,
                          int durationMinutes, List<String> attendees, List<String> mentorsPresent) {
}
