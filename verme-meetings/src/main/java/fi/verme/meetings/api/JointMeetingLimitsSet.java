package fi.verme.meetings.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * A coordinator set how many joint kickoff and closing meetings a group of the programme year may take part in; until
 * it is set, one of each.
 *
 * @param programmeYear the programme year the limits are for
 * @param kickoffs the most kickoffs a group takes part in, planned or held, 1 to 10
 * @param closings the most closings a group takes part in, planned or held, 1 to 10
 */
@Revision("1")
public record JointMeetingLimitsSet(ProgrammeYear programmeYear, int kickoffs, int closings) {
}
