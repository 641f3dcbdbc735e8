package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a programme year's rules: start from {@code change.preset()} (or from the current rules, or from
 * nothing), then set every field of {@code change} that is not null. See {@link CompensationRules}.
 */
public record SetCompensationRules(ProgrammeYear programmeYear, CompensationRules change) {

    @TargetAggregateIdentifier
    public String rulesId() {
        return CompensationKey.rules(programmeYear);
    }
}
