package fi.verme.compensation.domain;

import fi.verme.compensation.api.CompensationRules;
import fi.verme.enrolment.api.ProgrammeYear;
import java.util.Optional;

/** What the compensation rules consult, consistent with the events of the current transaction. */
public interface Directory {

    Optional<CompensationRules> rules(ProgrammeYear programmeYear);

    boolean mentorExists(String mentorId);

    /** The programme year of a group, if the group exists. */
    Optional<ProgrammeYear> yearOfGroup(String groupId);
}
