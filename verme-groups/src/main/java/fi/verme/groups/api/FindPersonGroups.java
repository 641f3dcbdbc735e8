package fi.verme.groups.api;

/** The groups a person leads or belongs to, in every year, newest first. */
public record FindPersonGroups(String personId) {
}
