package fi.verme.meetings.api;

import fi.verme.enrolment.api.ProgrammeYear;

public record FindAttendance(String personId, ProgrammeYear programmeYear) {
}
