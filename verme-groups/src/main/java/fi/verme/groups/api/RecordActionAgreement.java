package fi.verme.groups.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code acceptedBy} lists the enrolment ids of the members who accepted the agreement. */
public record RecordActionAgreement(@TargetAggregateIdentifier String groupId, LocalDate agreedOn,
                                    List<Commitment> commitments, List<String> acceptedBy) {
}
