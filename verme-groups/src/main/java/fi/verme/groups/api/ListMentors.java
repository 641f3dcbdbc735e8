package fi.verme.groups.api;

public record ListMentors() {
}
