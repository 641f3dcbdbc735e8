package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** A theme added to a call that already offers a theme with its code: each code once per call. */
@ProblemType(value = "theme-already-offered", kind = Refusal.Kind.CONFLICT)
public class ThemeAlreadyOfferedException extends Refusal {

    private final String code;

    public ThemeAlreadyOfferedException(ProgrammeYear programmeYear, String code) {
        super("The enrolment call for " + programmeYear + " already offers a theme with the code " + code);
        this.code = code;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(code);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("code", code);
    }
}
