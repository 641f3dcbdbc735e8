package fi.verme.app.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A request that names more than one organiser (or repeats the parameter that names one): it is
 * answered 400, since which of them the caller meant cannot be known.
 */
class ConflictingScopeException extends AccessDeniedException {

    ConflictingScopeException(String message) {
        super(message);
    }
}
