package fi.verme.groups.domain;

import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Optional;

/** A programme year as group rules need it: the call's themes and the group size rule. */
public interface ProgrammeTerms {

    /** Tampere's group size, for a programme year that has set no rule of its own. */
    int DEFAULT_MIN_SIZE = 4;
    int DEFAULT_MAX_SIZE = 8;

    Optional<Terms> of(ProgrammeYear programmeYear);

    record Terms(List<String> themeCodes, int minSize, int maxSize) {
    }
}
