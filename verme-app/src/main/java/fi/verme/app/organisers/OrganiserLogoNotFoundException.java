package fi.verme.app.organisers;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;

/** The organiser has no logo; its certificates go without one. */
@ProblemType(value = "organiser-logo-not-found", kind = Refusal.Kind.NOT_FOUND)
class OrganiserLogoNotFoundException extends Refusal {

    private final String organiser;

    OrganiserLogoNotFoundException(String organiser) {
        super("Organiser " + organiser + " has no logo");
        this.organiser = organiser;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(organiser);
    }
}
