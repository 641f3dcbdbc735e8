package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * An enrolment through the public form of an organiser that has no privacy notice yet: the form is not published
 * until people can read how their data is handled. A coordinator may still record an enrolment.
 */
@ProblemType(value = "privacy-notice-missing", kind = Refusal.Kind.CONFLICT)
public class PrivacyNoticeMissingException extends Refusal {

    public PrivacyNoticeMissingException(String organiser) {
        super("The organiser " + organiser + " has no privacy notice yet, so its enrolment form is not published");
    }
}
