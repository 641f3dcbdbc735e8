package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A later agreement of the same group replaces the earlier one in the views; both stay in the history. */
@Revision("1")
public record ActionAgreementRecorded(String groupId, ProgrammeYear programmeYear, LocalDate agreedOn,
                                      List<Commitment> commitments, List<String> acceptedBy) {
}
