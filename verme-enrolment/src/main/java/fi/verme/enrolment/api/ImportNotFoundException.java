package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No import of this id in the programme year. */
@ProblemType(value = "import-not-found", kind = Refusal.Kind.NOT_FOUND)
public class ImportNotFoundException extends Refusal {

    public ImportNotFoundException(String importId) {
        super("No import " + importId);
    }
}
