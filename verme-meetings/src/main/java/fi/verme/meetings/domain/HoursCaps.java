package fi.verme.meetings.domain;

import fi.verme.shared.ProgrammeYear;

/** The programme year's cap on a group's hours, in minutes. */
public interface HoursCaps {

    /** Tampere's 18 hours, when the programme year has set no cap of its own. */
    int DEFAULT_CAP_MINUTES = 18 * 60;

    int capMinutes(ProgrammeYear programmeYear);
}
