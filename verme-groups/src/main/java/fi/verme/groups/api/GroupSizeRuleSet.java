package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * A coordinator set the programme year's group size: the smallest group that may start and the largest a group may
 * grow to. It applies to groups formed after it; until it is set, 4 to 8.
 *
 * @param programmeYear the programme year the rule is for
 * @param minSize the number of participants a group needs to start, 2 to 20
 * @param maxSize the most participants a group may have, from {@code minSize} to 20
 */
@Revision("1")
public record GroupSizeRuleSet(ProgrammeYear programmeYear, int minSize, int maxSize) {
}
