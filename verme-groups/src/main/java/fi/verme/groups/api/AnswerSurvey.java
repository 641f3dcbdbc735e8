package fi.verme.groups.api;

import java.util.List;

/**
 * One person's answers, sent through their personal link. The answers are stored without the
 * person, and never as an event; only that the enrolment has answered is recorded, apart from them.
 */
public record AnswerSurvey(String surveyId, String enrolmentId, List<Integer> scores, String freeText) {

    @Override
    public String toString() {
        return "AnswerSurvey[surveyId=" + surveyId + ", answers withheld]";
    }
}
