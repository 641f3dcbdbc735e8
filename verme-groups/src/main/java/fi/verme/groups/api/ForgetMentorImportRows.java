package fi.verme.groups.api;

/**
 * Forgets the rows of every pending mentor import that names this e-mail address in a column ever read as one: part of
 * erasing a person, sent in the erasure's transaction by the application, which reads the address before the register
 * forgets it.
 */
public record ForgetMentorImportRows(String email) {
}
