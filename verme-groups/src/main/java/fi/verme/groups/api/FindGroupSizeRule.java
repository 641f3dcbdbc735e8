package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

/** The programme year's group size rule for new groups: answered with {@link GroupSizeRuleView}. */
public record FindGroupSizeRule(ProgrammeYear programmeYear) {
}
