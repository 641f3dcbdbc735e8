package fi.verme.app.organisers;

import java.time.Instant;

/**
 * A registered organiser: its slug (the one its programme years carry, which never changes), official names,
 * business ID, contact address, default language ({@code fi}, {@code sv} or {@code en}), the registration id
 * of its identity provider if it has one, and who registered and last changed it, when.
 */
public record Organiser(String slug, Names name, String businessId, String contactEmail, String defaultLanguage,
                        String identityProvider, Instant registeredAt, String registeredBy, Instant changedAt,
                        String changedBy) {

    /** The official names; English is optional. */
    public record Names(String fi, String sv, String en) {

        /** The name in the language, or in Finnish when it has none in that language. */
        public String in(String language) {
            var name = switch (language == null ? "fi" : language) {
                case "sv" -> sv;
                case "en" -> en;
                default -> fi;
            };
            return name == null || name.isBlank() ? fi : name;
        }
    }

    /** What an admin registers or changes: everything but the slug. */
    public record Registration(Names name, String businessId, String contactEmail, String defaultLanguage,
                               String identityProvider) {
    }
}
