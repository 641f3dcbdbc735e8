package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A started group agreed its action agreement: what its members commit to, active participation and confidentiality
 * always among them. A later agreement of the same group replaces the earlier one in the views; both stay in the
 * history.
 *
 * @param groupId the group
 * @param programmeYear the programme year of the group
 * @param agreedOn the day the group agreed it
 * @param commitments what the members commit to, each once
 * @param acceptedBy the enrolment ids of the members who accepted it, each once
 */
@Revision("1")
public record ActionAgreementRecorded(String groupId, ProgrammeYear programmeYear, LocalDate agreedOn,
                                      List<Commitment> commitments, List<String> acceptedBy) {
}
