package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.math.BigDecimal;
import java.util.List;

/** A mentor's organising hours, rejected claims aside, stay within what the rules pay. */
@ProblemType(value = "organising-hours-cap-exceeded", kind = Refusal.Kind.CONFLICT)
public class OrganisingHoursCapExceededException extends CompensationRuleException {

    private final BigDecimal claimed;
    private final BigDecimal cap;
    private final BigDecimal left;

    public OrganisingHoursCapExceededException(BigDecimal claimed, BigDecimal cap) {
        super("The mentor has claimed " + claimed.toPlainString() + " h of the " + cap.toPlainString()
                + " h of organising the rules pay; " + cap.subtract(claimed).max(BigDecimal.ZERO).toPlainString()
                + " h are left");
        this.claimed = claimed;
        this.cap = cap;
        this.left = cap.subtract(claimed).max(BigDecimal.ZERO);
    }

    /** {0} hours claimed, {1} the cap, {2} hours left. */
    @Override
    public List<Object> detailArguments() {
        return List.of(claimed, cap, left);
    }
}
