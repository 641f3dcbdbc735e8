package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * An admin of one organiser tried to bind an account to a person their organiser does not know: one who never
 * enrolled with it, is not its mentor and leads none of its groups (or an id nobody has; which of them it was is not
 * told). The person id is what makes an account someone's: bound to another organiser's person, it would name their
 * groups. Only the installation's admins bind any person.
 */
@ProblemType(value = "person-outside-organiser", kind = Refusal.Kind.NOT_PERMITTED)
class PersonOutsideOrganiserException extends OutsideOrganiserRefusal {

    PersonOutsideOrganiserException(String organiser) {
        super("An admin of " + organiser + " binds accounts only to people enrolled with " + organiser
                + ", its mentors and the mentors of its groups", organiser, "personId",
                "is not a person of " + organiser,
                "a person enrolled with " + organiser + ", its mentor or the mentor of one of its groups");
    }
}
