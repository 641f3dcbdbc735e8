package fi.verme.groups.api;

/** A name read from the person register when the view is read; both null once the person is erased. */
public record PersonName(String firstName, String lastName, boolean erased) {
}
