package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * Results as the brochure reports them: per statement the number who answered, how the answers fall
 * on the 1-5 scale, and the share who agree (4 or 5), for the year and per group. A slice answered by
 * fewer than {@code minimumRespondents} people shows no figures, so no answer can be traced to a person;
 * and when the hidden groups together have fewer than that, the smallest shown groups are hidden too, so
 * that the year's figures minus the shown groups' never give the hidden groups' answers.
 */
public record SurveyResultsView(String surveyId, ProgrammeYear programmeYear, int minimumRespondents,
                                Slice programme, List<GroupSlice> groups) {

    /** {@code hiddenBecause}: null when {@code shown}, otherwise why the slice shows only its count. */
    public record Slice(int respondents, boolean shown, Hidden hiddenBecause, List<Statement> statements) {
    }

    public record GroupSlice(String groupId, String name, Slice results) {
    }

    /** {@code distribution}: how many answered 1, 2, 3, 4 and 5. */
    public record Statement(String statement, int n, List<Integer> distribution, double agreePercent) {
    }

    /** Why a slice shows no figures. */
    public enum Hidden {
        /** Fewer than the minimum answered it. */
        TOO_FEW_RESPONDENTS,
        /**
         * Enough answered it, but showing it would let the year's figures minus the shown groups' give the answers
         * of groups hidden for too few respondents (complementary suppression).
         */
        PROTECTS_ANOTHER_GROUP
    }
}
