package fi.verme.app.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.shared.Downloads;
import fi.verme.shared.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI's texts ({@code static/i18n/<language>.json}) read on the server, for files that must say what a
 * screen says (a list exported as CSV or XLSX): one catalogue of what a column or a code is called, not a copy.
 * Finnish where a language lacks a text, as the UI does; the key itself where no language has one.
 */
final class UiTexts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, UiTexts> LOADED = new ConcurrentHashMap<>();

    private final JsonNode texts;
    private final JsonNode finnish;

    private UiTexts(JsonNode texts, JsonNode finnish) {
        this.texts = texts;
        this.finnish = finnish;
    }

    static UiTexts of(Locale locale) {
        var language = ProblemTexts.LANGUAGES.contains(Locale.forLanguageTag(locale.getLanguage()))
                ? locale.getLanguage() : "fi";
        return LOADED.computeIfAbsent(language, lang -> new UiTexts(read(lang), read("fi")));
    }

    private static JsonNode read(String language) {
        try (var in = UiTexts.class.getResourceAsStream("/static/i18n/" + language + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the UI has no texts in " + language);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a key such as {@code list.lastName}. */
    String text(String key) {
        var found = lookup(texts, key);
        if (found == null) {
            found = lookup(finnish, key);
        }
        return found == null ? key : found;
    }

    /**
     * A table's file as the reader's browser saves it, named for what it is and what it is of:
     * {@code Ilmoittautumiset – Seinäjoen kaupunki 2026–2027.xlsx}.
     */
    String download(Table table, String extension) {
        return Downloads.attachment(text(table.fileKey()) + " – " + table.about() + "." + extension);
    }

    /** What a code of a code list is called, e.g. {@code label("Role", "TEACHER")}; the code when unnamed. */
    String label(String list, String code) {
        var key = "enum." + list + "." + code;
        var found = text(key);
        return found.equals(key) ? code : found;
    }

    private static String lookup(JsonNode node, String key) {
        for (var part : key.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.get(part);
        }
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
