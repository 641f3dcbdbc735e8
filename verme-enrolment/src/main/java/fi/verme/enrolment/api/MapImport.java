package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;

/** Changes how a pending import's columns and values are read. */
public record MapImport(String importId, ProgrammeYear programmeYear, ImportMapping mapping) {
}
