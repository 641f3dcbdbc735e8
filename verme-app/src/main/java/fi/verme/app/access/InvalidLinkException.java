package fi.verme.app.access;

/** A personal link that is not genuine, has expired, or is not for this purpose. */
class InvalidLinkException extends RuntimeException {
}
