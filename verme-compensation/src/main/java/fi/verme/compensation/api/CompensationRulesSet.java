package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/** The whole rules as they are from now on; {@code version} counts from 1. */
@Revision("1")
public record CompensationRulesSet(ProgrammeYear programmeYear, int version, CompensationRules rules) {
}
