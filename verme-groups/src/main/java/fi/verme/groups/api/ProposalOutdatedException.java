package fi.verme.groups.api;

/** Something changed since the proposal was made; accepting it appended nothing. */
public class ProposalOutdatedException extends RuntimeException {

    private final String enrolmentId;

    public ProposalOutdatedException(String proposalId, String enrolmentId, String why) {
        super("Placement proposal " + proposalId + " no longer fits for enrolment " + enrolmentId + ": " + why
                + ". Nothing was placed; make a new proposal");
        this.enrolmentId = enrolmentId;
    }

    public String enrolmentId() {
        return enrolmentId;
    }
}
