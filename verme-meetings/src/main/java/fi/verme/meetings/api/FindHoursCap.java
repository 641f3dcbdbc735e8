package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;

/** The programme year's cap on a group's hours, in minutes (18 h until it is set): an {@code Integer}. */
public record FindHoursCap(ProgrammeYear programmeYear) {
}
