package fi.verme.app.organisers;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;

/** The organiser has written no privacy notice yet; its public form is not published until it has. */
@ProblemType(value = "privacy-notice-not-found", kind = Refusal.Kind.NOT_FOUND)
class PrivacyNoticeNotFoundException extends Refusal {

    private final String organiser;

    PrivacyNoticeNotFoundException(String organiser) {
        super("Organiser " + organiser + " has no privacy notice yet");
        this.organiser = organiser;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(organiser);
    }
}
