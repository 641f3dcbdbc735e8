package fi.verme.groups.domain;

import fi.verme.groups.api.SurveyAlreadyAnsweredException;
import fi.verme.groups.api.SurveyNotOpenException;
import fi.verme.groups.api.SurveyView;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.util.List;
import java.util.Optional;

/**
 * Who may answer a survey, and what an answer holds. A survey opens to the members of each group of its
 * programme year when their group completes; each enrolment answers once, one score from 1 (disagree) to
 * 5 (agree) per statement, and free text only where the survey asks for it.
 */
public final class SurveyRules {

    static final int MAX_FREE_TEXT = 2000;

    private SurveyRules() {
    }

    /** What the rules ask about the one answering; asked only as far as the rules get. */
    public interface Respondent {

        /** The group of the programme year the respondent was a member of when it completed, if any. */
        Optional<String> completedGroupIn(ProgrammeYear programmeYear);

        boolean hasAnswered();

        /** Whether the person behind the enrolment has been erased from the person register. */
        boolean isErased();
    }

    /** The answer to keep, without its respondent; or the rule it breaks. */
    public static SurveyAnswer answer(SurveyView survey, Respondent respondent, List<Integer> scores,
                                      String freeText) {
        var group = respondent.completedGroupIn(survey.programmeYear())
                .orElseThrow(SurveyNotOpenException::untilGroupCompletes);
        var given = scores == null ? List.<Integer>of() : scores;
        if (given.size() != survey.statements().size() || given.stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new InvalidInputException("scores", survey.statements().size()
                    + " answers, one per statement, each 1 (disagree) to 5 (agree)");
        }
        var text = freeText == null || freeText.isBlank() ? null : freeText.strip();
        if (text != null && (survey.freeTextQuestion() == null || text.length() > MAX_FREE_TEXT)) {
            throw new InvalidInputException("freeText", survey.freeTextQuestion() == null
                    ? "nothing: this survey asks no free-text question" : "at most " + MAX_FREE_TEXT + " characters");
        }
        if (respondent.hasAnswered()) {
            throw new SurveyAlreadyAnsweredException();
        }
        if (respondent.isErased()) {
            throw SurveyNotOpenException.personErased();
        }
        return new SurveyAnswer(group, List.copyOf(given), text);
    }
}
