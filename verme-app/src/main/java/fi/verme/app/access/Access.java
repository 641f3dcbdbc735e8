package fi.verme.app.access;

import java.util.List;

/**
 * Who may call an endpoint. A permit is a role and how the object must relate to the user:
 * {@code ORGANISER} the grant covers the organiser the request is about; {@code ANY} any grant of
 * the role; {@code INSTALLATION} a grant of the role for every organiser ({@code *}); the personal ones compare the user's person with the object's (the group's mentors or
 * members, the enrolment's or the claim's person, the person in the path, the mentor in the path).
 * An endpoint whose organiser is not in its path names the one query parameter it is read from
 * ({@code scopeParameter}): the handler binds the same parameter, and no other parameter can change
 * the decision.
 */
public record Access(List<Permit> permits, String scopeParameter) {

    /**
     * {@code YEAR_GROUP_MENTOR}: a mentor leading a group of the path's year; {@code OWN_GROUPS}: the account's grants
     * reach every group of its person, as that group's mentor or member would be let in.
     */
    public enum Scope { PUBLIC, ORGANISER, ANY, INSTALLATION, GROUP_MENTOR, GROUP_MEMBER, OWN_ENROLMENT, SELF, OWN_CLAIM,
        MENTOR_SELF, YEAR_GROUP_MENTOR, OWN_GROUPS }

    public record Permit(AccessRole role, Scope scope) {
    }

    static Access of(Permit... permits) {
        return new Access(List.of(permits), null);
    }

    /** The same permits, for the organiser named by this query parameter (a programme id or an organiser). */
    Access scopedBy(String parameter) {
        return new Access(permits, parameter);
    }

    boolean isPublic() {
        return permits.stream().anyMatch(p -> p.scope() == Scope.PUBLIC);
    }

    static Permit organiser(AccessRole role) {
        return new Permit(role, Scope.ORGANISER);
    }

    static Permit any(AccessRole role) {
        return new Permit(role, Scope.ANY);
    }

    static Permit installation(AccessRole role) {
        return new Permit(role, Scope.INSTALLATION);
    }

    static Permit own(AccessRole role, Scope scope) {
        return new Permit(role, scope);
    }

    static final Permit PUBLIC = new Permit(null, Scope.PUBLIC);
}
