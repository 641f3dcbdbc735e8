package fi.verme.groups.domain;

import java.util.List;

/** One answer to a survey as it is kept: with the respondent's group (for its results), never the respondent. */
public record SurveyAnswer(String groupId, List<Integer> scores, String freeText) {
}
