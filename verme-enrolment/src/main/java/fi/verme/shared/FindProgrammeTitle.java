package fi.verme.shared;

/**
 * A query for what people read instead of a programme year's id: its organiser's registered name in the
 * language ({@code fi}, {@code sv} or {@code en}; Finnish when the name has none in it) and the school year
 * written 2026–2027, e.g. {@code Seinäjoen kaupunki 2026–2027}; the slug while the organiser is not
 * registered. Answered by the application (its organisers' register), for a module's files and pages.
 */
public record FindProgrammeTitle(ProgrammeYear programmeYear, String language) {
}
