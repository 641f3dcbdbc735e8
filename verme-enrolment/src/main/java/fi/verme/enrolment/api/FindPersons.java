package fi.verme.enrolment.api;

import java.util.List;

/** The register's entries of these people; erased or unknown people are simply absent. */
public record FindPersons(List<String> personIds) {
}
