package fi.verme.app.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.shared.MultiLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** One-line text by default; line breaks only in fields marked as multi-line, as the application's mapper reads them. */
class TextRulesTest {

    record Minutes(String subject, @MultiLine String text, @MultiLine List<String> answers, List<String> topics) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        var builder = new Jackson2ObjectMapperBuilder();
        new TextRules().visibleTextOnly().customize(builder);
        return StrictInput.strict(builder.build());
    }

    @Test
    void multiLineFieldsKeepTheirLineBreaks() throws Exception {
        var minutes = mapper.readValue("""
                {"subject": "Syksy", "text": "Ensimmäinen rivi\\r\\nToinen\\trivi", "answers": ["a\\nb"], "topics": ["x"]}
                """, Minutes.class);
        assertThat(minutes.text()).isEqualTo("Ensimmäinen rivi\r\nToinen\trivi");
        assertThat(minutes.answers()).containsExactly("a\nb");
    }

    @Test
    void oneLineFieldsRefuseLineBreaksNamingTheField() {
        assertThatThrownBy(() -> mapper.readValue("{\"subject\": \"Syksy\\nBcc: x\"}", Minutes.class))
                .isInstanceOf(TextRules.HiddenCharacterException.class)
                .hasMessageContaining("line break")
                .satisfies(e -> assertThat(((RefusedValueException) e).allowed()).startsWith("one line of text"));
        assertThatThrownBy(() -> mapper.readValue("{\"topics\": [\"a\\rb\"]}", Minutes.class))
                .isInstanceOf(TextRules.HiddenCharacterException.class);
    }

    @Test
    void loneSurrogatesAreRefusedEvenInMultiLineFields() {
        assertThatThrownBy(() -> mapper.readValue("{\"text\": \"a\\ud800b\"}", Minutes.class))
                .isInstanceOf(TextRules.HiddenCharacterException.class)
                .hasMessageContaining("lone surrogate");
    }
}
