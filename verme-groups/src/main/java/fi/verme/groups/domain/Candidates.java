package fi.verme.groups.domain;

import fi.verme.shared.ProgrammeYear;
import java.util.Optional;

/** Enrolments as placement rules see them, consistent with the events of the current transaction. */
public interface Candidates {

    Optional<Enrolment> find(String enrolmentId);

    /** The group a person is in this programme year, if any. */
    Optional<String> groupOf(ProgrammeYear programmeYear, String personId);

    record Enrolment(String enrolmentId, ProgrammeYear programmeYear, String personId, boolean withdrawn) {
    }
}
