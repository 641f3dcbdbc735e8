package fi.verme.groups.domain;

import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.groups.domain.PlacementProblem.Candidate;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Optional;

/**
 * Where enrolments stand in placement, consistent with the events of the current transaction: who is still
 * to place, which open group an enrolment is in, and what status the enrolment shows. Placement proposals and
 * the withdrawal and erasure policies consult it.
 */
public interface CandidateStandings {

    /** Active enrolments of the year in no group, in order of enrolment: the people a placement proposal places. */
    List<Candidate> unplaced(ProgrammeYear programmeYear);

    /** The open (forming or started) group the enrolment is in, if any: the one a withdrawal takes it out of. */
    Optional<String> openGroupOf(String enrolmentId);

    /**
     * The person's enrolments that are not yet history: not withdrawn, and not in a group that has completed (a
     * completed group keeps its members). These are the ones an erasure withdraws.
     */
    List<String> unfinishedEnrolmentsOf(String personId);

    /** The status the enrolment itself shows, as far as placement has told it. */
    Optional<EnrolmentStatus> statusOf(String enrolmentId);
}
