package fi.verme.groups.api;

public record FindGroup(String groupId) {
}
