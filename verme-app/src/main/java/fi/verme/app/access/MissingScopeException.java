package fi.verme.app.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A request to an address whose rule reads its organiser from a parameter ({@code ?organiser=} or
 * {@code ?programme=}), without that parameter and without an object that names the organiser: it is answered
 * 400 naming the parameter, to one whose role could reach the address, and no handler runs.
 */
class MissingScopeException extends AccessDeniedException {

    private final String parameter;

    MissingScopeException(String parameter) {
        super("the parameter '" + parameter + "' is required");
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
