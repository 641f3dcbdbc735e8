package fi.verme.enrolment.domain;

import fi.verme.shared.ProgrammeYear;
import java.util.Optional;

/** Looks up a programme year's call, consistently with the events of the current transaction. */
public interface EnrolmentCalls {

    Optional<CallTerms> termsOf(ProgrammeYear programmeYear);
}
