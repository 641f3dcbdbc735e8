package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The same {@code jointMeetingId} is counted once for each group that took part. */
@Revision("1")
public record JointMeetingCounted(String groupId, String jointMeetingId, ProgrammeYear programmeYear,
                                  JointMeetingKind kind, LocalDate date, int durationMinutes,
                                  List<String> attendees) {
}
