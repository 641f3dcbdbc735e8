package fi.verme.groups.api;

/** A mentor import of the organiser, answered as a {@link MentorImportRecord} if there is one. */
public record FindMentorImport(String importId, String organiser) {
}
