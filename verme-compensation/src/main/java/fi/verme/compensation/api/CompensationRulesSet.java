package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * A coordinator or finance set the programme year's compensation rules: the whole rules as they are from then on,
 * which price every fee and expense of the year.
 *
 * @param programmeYear the programme year the rules are for
 * @param version which setting of the year's rules this is, counting from 1
 * @param rules the rules in force from now on
 */
@Revision("1")
public record CompensationRulesSet(ProgrammeYear programmeYear, int version, CompensationRules rules) {
}
