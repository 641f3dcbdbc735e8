package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

public record FindAttendance(String personId, ProgrammeYear programmeYear) {
}
