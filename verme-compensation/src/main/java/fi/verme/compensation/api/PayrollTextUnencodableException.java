package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * The payroll profile's encoding (Windows-1252) has no way to write some letters of the file's text, such as the
 * Sámi Ŋ or ŧ, which it would write as question marks: the file is refused rather than written wrong.
 */
@ProblemType(value = "payroll-text-unencodable", kind = Refusal.Kind.CONFLICT)
public class PayrollTextUnencodableException extends CompensationRuleException {

    private final List<String> texts;
    private final String characters;

    public PayrollTextUnencodableException(List<String> texts, String characters) {
        super("The payroll file's encoding cannot write " + characters + " in " + String.join(", ", texts));
        this.texts = List.copyOf(texts);
        this.characters = characters;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(characters, String.join(", ", texts));
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("texts", texts, "characters", characters);
    }
}
