package fi.verme.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.verme.groups.api.SurveyAlreadyAnsweredException;
import fi.verme.groups.api.SurveyNotOpenException;
import fi.verme.groups.api.SurveyView;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

    private static final ProgrammeYear YEAR = new ProgrammeYear("tampere", "2026-2027");
    private static final SurveyView SURVEY = new SurveyView("s1", YEAR,
            List.of("Sain vertaistukea", "Ryhmä auttoi työssäni"), "Mitä muuta haluat sanoa?");

    /** A member of group g1, which completed its year, who has not answered and is not erased. */
    private static final class Member implements SurveyRules.Respondent {
        Optional<String> completedGroup = Optional.of("g1");
        boolean answered;
        boolean erased;
        ProgrammeYear askedAbout;

        @Override
        public Optional<String> completedGroupIn(ProgrammeYear programmeYear) {
            askedAbout = programmeYear;
            return completedGroup;
        }

        @Override
        public boolean hasAnswered() {
            return answered;
        }

        @Override
        public boolean isErased() {
            return erased;
        }
    }

    private final Member member = new Member();

    @Test
    void keepsTheAnswerWithTheGroupOnlyAndTheFreeTextStripped() {
        var answer = SurveyRules.answer(SURVEY, member, List.of(4, 5), "  Kiitos!  ");
        assertThat(answer).isEqualTo(new SurveyAnswer("g1", List.of(4, 5), "Kiitos!"));
        assertThat(member.askedAbout).isEqualTo(YEAR);
    }

    @Test
    void keepsNoFreeTextWhenNoneIsWritten() {
        assertThat(SurveyRules.answer(SURVEY, member, List.of(1, 3), "   ").freeText()).isNull();
    }

    @Test
    void rejectsAnswerBeforeTheGroupHasCompleted() {
        member.completedGroup = Optional.empty();
        assertThatThrownBy(() -> SurveyRules.answer(SURVEY, member, List.of(4, 5), null))
                .isInstanceOf(SurveyNotOpenException.class);
    }

    @Test
    void rejectsScoresThatAreNotOnePerStatementFromOneToFive() {
        for (var scores : List.of(List.of(4), List.of(4, 6), List.of(0, 3), Arrays.asList(4, null))) {
            assertThatThrownBy(() -> SurveyRules.answer(SURVEY, member, scores, null))
                    .as("%s", scores).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("scores");
        }
        assertThatThrownBy(() -> SurveyRules.answer(SURVEY, member, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsFreeTextTheSurveyDoesNotAskForOrTooLong() {
        var noQuestion = new SurveyView("s2", YEAR, SURVEY.statements(), null);
        assertThatThrownBy(() -> SurveyRules.answer(noQuestion, member, List.of(4, 5), "Kiitos"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("freeText");
        assertThatThrownBy(() -> SurveyRules.answer(SURVEY, member, List.of(4, 5),
                "x".repeat(SurveyRules.MAX_FREE_TEXT + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("freeText");
    }

    @Test
    void rejectsASecondAnswer() {
        member.answered = true;
        assertThatThrownBy(() -> SurveyRules.answer(SURVEY, member, List.of(4, 5), null))
                .isInstanceOf(SurveyAlreadyAnsweredException.class);
    }

    @Test
    void rejectsAnErasedPerson() {
        member.erased = true;
        assertThatThrownBy(() -> SurveyRules.answer(SURVEY, member, List.of(4, 5), null))
                .isInstanceOf(SurveyNotOpenException.class);
    }
}
