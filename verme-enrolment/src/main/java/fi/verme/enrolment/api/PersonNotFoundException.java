package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

@ProblemType(value = "person-not-found", kind = Refusal.Kind.NOT_FOUND)
public class PersonNotFoundException extends Refusal {

    public PersonNotFoundException(String personId) {
        super("No person " + personId + " in the register");
    }
}
