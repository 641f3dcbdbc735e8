package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GroupSizeRuleSet(ProgrammeYear programmeYear, int minSize, int maxSize) {
}
