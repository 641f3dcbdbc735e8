package fi.verme.groups.domain;

import fi.verme.groups.api.SurveyResultsView.Hidden;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which groups' survey results may be shown, so that no answer can be told to be someone's. A group answered by
 * fewer than the minimum shows no figures. The year's figures are shown beside the groups', so the hidden groups
 * together are the year minus the shown groups: when they hold fewer than the minimum answers (one small group
 * hidden, or a few that are small together), the smallest shown groups (fewest answers first, then by id) are
 * hidden as well until the hidden groups together hold at least the minimum. Every shown group holds at least the
 * minimum, so one more is always enough; the year itself is hidden only when it holds fewer than the minimum, and
 * then every group is hidden too. Statistics offices call this complementary suppression.
 */
public final class SurveyDisclosure {

    private SurveyDisclosure() {
    }

    /**
     * The groups whose results are hidden, and why; a group not in the answer is shown.
     *
     * @param respondents the number of answers per group (groups nobody answered are left out)
     * @param minimum the fewest answers a slice shows figures for
     */
    public static Map<String, Hidden> hiddenGroups(Map<String, Integer> respondents, int minimum) {
        var hidden = new LinkedHashMap<String, Hidden>();
        int hiddenAnswers = 0;
        for (var group : respondents.entrySet()) {
            if (group.getValue() < minimum) {
                hidden.put(group.getKey(), Hidden.TOO_FEW_RESPONDENTS);
                hiddenAnswers += group.getValue();
            }
        }
        if (hidden.isEmpty()) {
            return hidden;
        }
        var smallestFirst = respondents.entrySet().stream().filter(group -> !hidden.containsKey(group.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        for (var group : smallestFirst) {
            if (hiddenAnswers >= minimum) {
                break;
            }
            hidden.put(group.getKey(), Hidden.PROTECTS_ANOTHER_GROUP);
            hiddenAnswers += group.getValue();
        }
        return hidden;
    }
}
