package fi.verme.app.security;

import java.util.List;

/**
 * Who may call an endpoint. A permit is a role and how the object must relate to the user:
 * {@code ORGANISER} the grant covers the organiser the request is about; {@code ANY} any grant of
 * the role; the personal ones compare the user's person with the object's (the group's mentors or
 * members, the enrolment's or the claim's person, the person in the path, the mentor in the path).
 */
public record Access(List<Permit> permits) {

    public enum Scope { PUBLIC, ORGANISER, ANY, GROUP_MENTOR, GROUP_MEMBER, OWN_ENROLMENT, SELF, OWN_CLAIM, MENTOR_SELF }

    public record Permit(Role role, Scope scope) {
    }

    static Access of(Permit... permits) {
        return new Access(List.of(permits));
    }

    static Permit organiser(Role role) {
        return new Permit(role, Scope.ORGANISER);
    }

    static Permit any(Role role) {
        return new Permit(role, Scope.ANY);
    }

    static Permit own(Role role, Scope scope) {
        return new Permit(role, scope);
    }

    static final Permit PUBLIC = new Permit(null, Scope.PUBLIC);
}
