package fi.verme.groups.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.Map;

/** Something changed since the proposal was made; accepting it appended nothing. */
@ProblemType(value = "placement-proposal-outdated", kind = Refusal.Kind.CONFLICT)
public class ProposalOutdatedException extends Refusal {

    private final String enrolmentId;

    public ProposalOutdatedException(String proposalId, String enrolmentId, String why) {
        super("Placement proposal " + proposalId + " no longer fits for enrolment " + enrolmentId + ": " + why
                + ". Nothing was placed; make a new proposal");
        this.enrolmentId = enrolmentId;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("enrolmentId", enrolmentId);
    }
}
