package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/** {@code missingRates}: amounts the rules need before a period can be approved. */
public record RulesView(ProgrammeYear programmeYear, int version, CompensationRules rules, List<String> missingRates) {
}
