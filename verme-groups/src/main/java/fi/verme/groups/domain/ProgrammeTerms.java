package fi.verme.groups.domain;

import fi.verme.enrolment.api.ProgrammeYear;
import java.util.List;
import java.util.Optional;

/** A programme year as group rules need it: the call's themes and the group size rule. */
public interface ProgrammeTerms {

    Optional<Terms> of(ProgrammeYear programmeYear);

    record Terms(List<String> themeCodes, int minSize, int maxSize) {
    }
}
