package fi.verme.app.certificates;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.List;

/** The person was in no group and led none in the programme year: there is nothing to certify. */
@ProblemType(value = "nothing-to-certify", kind = Refusal.Kind.NOT_FOUND)
class NothingToCertifyException extends Refusal {

    private final ProgrammeYear year;

    NothingToCertifyException(ProgrammeYear year) {
        super("This person was in no group and led none in " + year);
        this.year = year;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(year.id());
    }
}
