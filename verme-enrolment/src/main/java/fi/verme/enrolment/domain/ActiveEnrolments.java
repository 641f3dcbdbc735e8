package fi.verme.enrolment.domain;

import fi.verme.shared.ProgrammeYear;
import java.util.Optional;

/** Which enrolment, if any, a person holds in a programme year (withdrawn ones do not count). */
public interface ActiveEnrolments {

    Optional<String> enrolmentOf(ProgrammeYear programmeYear, String personId);
}
