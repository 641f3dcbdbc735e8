package fi.verme.app.access;

/** A role for one organiser's programmes, or for all ({@code *}). */
public record Grant(AccessRole role, String organiser) {

    public static final String ALL_ORGANISERS = "*";

    /** The authority Spring Security checks: {@code ROLE_COORDINATOR} and {@code COORDINATOR@seinajoki}. */
    String authority() {
        return role.name() + "@" + organiser;
    }
}
