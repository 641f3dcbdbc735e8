package fi.verme.compensation.domain;

import fi.verme.compensation.api.LineKind;
import fi.verme.shared.ProgrammeYear;
import java.math.BigDecimal;
import java.util.List;

/** What is owed in a programme year, source by source, priced by the current rules. */
public interface Entitlements {

    Owed owed(ProgrammeYear programmeYear);

    /** {@code amount} null: a rate it needs is missing; {@code quantity} as {@link FeeSchedule#quantity} counts it. */
    record Entitlement(String sourceId, String mentorId, LineKind kind, BigDecimal amount, BigDecimal quantity) {
    }

    /** {@code paysNothing}: the rules in force never owe anything (see {@link FeeSchedule#paysNothing()}). */
    record Owed(List<Entitlement> entitlements, List<String> missingRates, boolean paysNothing) {
    }
}
