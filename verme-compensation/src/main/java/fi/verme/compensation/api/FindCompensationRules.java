package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;

public record FindCompensationRules(ProgrammeYear programmeYear) {
}
