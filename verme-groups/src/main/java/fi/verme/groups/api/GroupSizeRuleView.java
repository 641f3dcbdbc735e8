package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/** The size new groups of the year are formed with: as last set ({@link GroupSizeRuleSet}), else 4 to 8. */
public record GroupSizeRuleView(ProgrammeYear programmeYear, int minSize, int maxSize) {
}
