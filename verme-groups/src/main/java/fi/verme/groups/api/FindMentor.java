package fi.verme.groups.api;

public record FindMentor(String mentorId) {
}
