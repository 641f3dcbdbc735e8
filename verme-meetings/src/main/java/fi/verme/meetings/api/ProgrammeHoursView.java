package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

public record ProgrammeHoursView(ProgrammeYear programmeYear, int capMinutes, List<GroupHoursView> groups) {
}
