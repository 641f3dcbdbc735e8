package fi.verme.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.groups.api.SurveyResultsView.Hidden;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyDisclosureTest {

    private static Map<String, Integer> groups(Object... idsAndCounts) {
        var groups = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < idsAndCounts.length; i += 2) {
            groups.put((String) idsAndCounts[i], (Integer) idsAndCounts[i + 1]);
        }
        return groups;
    }

    @Test
    void showsEveryGroupWhenNoneIsSmall() {
        assertThat(SurveyDisclosure.hiddenGroups(groups("a", 5, "b", 9), 5)).isEmpty();
    }

    @Test
    void hidesTheSmallestShownGroupBesideOneSmallGroup() {
        assertThat(SurveyDisclosure.hiddenGroups(groups("big", 9, "small", 3, "middle", 6), 5))
                .containsExactlyInAnyOrderEntriesOf(Map.of("small", Hidden.TOO_FEW_RESPONDENTS,
                        "middle", Hidden.PROTECTS_ANOTHER_GROUP));
    }

    @Test
    void hidesNoMoreWhenTheSmallGroupsTogetherReachTheMinimum() {
        assertThat(SurveyDisclosure.hiddenGroups(groups("a", 3, "b", 2, "c", 8), 5))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", Hidden.TOO_FEW_RESPONDENTS,
                        "b", Hidden.TOO_FEW_RESPONDENTS));
    }

    @Test
    void hidesAShownGroupWhenTheSmallGroupsTogetherStayBelowTheMinimum() {
        assertThat(SurveyDisclosure.hiddenGroups(groups("a", 1, "b", 2, "c", 8, "d", 7), 5))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", Hidden.TOO_FEW_RESPONDENTS,
                        "b", Hidden.TOO_FEW_RESPONDENTS, "d", Hidden.PROTECTS_ANOTHER_GROUP));
    }

    @Test
    void breaksTiesBetweenEquallySmallShownGroupsByTheirId() {
        assertThat(SurveyDisclosure.hiddenGroups(groups("y", 6, "x", 6, "small", 4), 5))
                .containsExactlyInAnyOrderEntriesOf(Map.of("small", Hidden.TOO_FEW_RESPONDENTS,
                        "x", Hidden.PROTECTS_ANOTHER_GROUP));
    }

    @Test
    void hidesTheOnlyOtherGroupSoThatOnlyTheYearIsShown() {
        assertThat(SurveyDisclosure.hiddenGroups(groups("big", 6, "small", 3), 5))
                .containsExactlyInAnyOrderEntriesOf(Map.of("small", Hidden.TOO_FEW_RESPONDENTS,
                        "big", Hidden.PROTECTS_ANOTHER_GROUP));
    }
}
