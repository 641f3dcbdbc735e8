package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;

/** An import of the programme year, answered as an {@link ImportRecord} if there is one. */
public record FindImport(String importId, ProgrammeYear programmeYear) {
}
