package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/** The programme year's school breaks and public holidays: a {@link SchoolBreaksView}. */
public record FindSchoolBreaks(ProgrammeYear programmeYear) {
}
