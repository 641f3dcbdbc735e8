package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;

/** The meetings a person attended in a programme year, joint meetings included, and their minutes. */
public record AttendanceView(String personId, ProgrammeYear programmeYear, int meetingsAttended,
                             int minutesAttended, List<Attended> meetings) {

    /** {@code meetingId} is the joint meeting's id when {@code joint}. */
    public record Attended(String meetingId, String groupId, LocalDate date, int minutes, boolean joint) {
    }
}
