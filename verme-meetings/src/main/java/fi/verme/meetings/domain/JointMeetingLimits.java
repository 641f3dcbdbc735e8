package fi.verme.meetings.domain;

import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.shared.ProgrammeYear;

/** How many joint meetings of a kind a group of the programme year may take part in, planned or held. */
public interface JointMeetingLimits {

    /** One kickoff and one closing, when the programme year has set no limits of its own. */
    int DEFAULT_LIMIT = 1;

    int limit(ProgrammeYear programmeYear, JointMeetingKind kind);
}
