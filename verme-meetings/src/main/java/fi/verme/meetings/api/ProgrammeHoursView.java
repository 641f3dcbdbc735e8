package fi.verme.meetings.api;

import fi.verme.enrolment.api.ProgrammeYear;
import java.util.List;

public record ProgrammeHoursView(ProgrammeYear programmeYear, int capMinutes, List<GroupHoursView> groups) {
}
