package fi.verme.enrolment.api;

public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(String personId) {
        super("No person " + personId + " in the register");
    }
}
