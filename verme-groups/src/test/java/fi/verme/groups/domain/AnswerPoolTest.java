package fi.verme.groups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnswerPoolTest {

    private static List<SurveyAnswer> answers(int count) {
        return IntStream.range(0, count).mapToObj(i -> new SurveyAnswer("g" + i, List.of(3), null)).toList();
    }

    @Test
    void keepsEveryAnswerWaitingUntilThePoolIsFull() {
        var admitted = AnswerPool.admit(answers(AnswerPool.POOL_RELEASE - 2), new SurveyAnswer("new", List.of(5), null),
                new Random(1));
        assertThat(admitted.released()).isEmpty();
        assertThat(admitted.waiting()).hasSize(AnswerPool.POOL_RELEASE - 1)
                .contains(new SurveyAnswer("new", List.of(5), null));
    }

    @Test
    void releasesABatchOnceThePoolIsFullAndLeavesAtLeastABatchBehind() {
        var waiting = answers(AnswerPool.POOL_RELEASE - 1);
        var answer = new SurveyAnswer("new", List.of(5), null);
        var admitted = AnswerPool.admit(waiting, answer, new Random(2));
        assertThat(admitted.released()).hasSize(AnswerPool.BATCH);
        assertThat(admitted.waiting()).hasSizeGreaterThanOrEqualTo(AnswerPool.BATCH);
        var all = new ArrayList<>(admitted.released());
        all.addAll(admitted.waiting());
        assertThat(all).containsExactlyInAnyOrderElementsOf(concat(waiting, answer));
    }

    @Test
    void shufflesSoThatTheNewestAnswerHasNoPlaceOfItsOwn() {
        var positions = new HashSet<Integer>();
        int released = 0;
        var random = new Random(3);
        var answer = new SurveyAnswer("new", List.of(5), null);
        for (int round = 0; round < 200; round++) {
            var admitted = AnswerPool.admit(answers(AnswerPool.POOL_RELEASE - 1), answer, random);
            released += admitted.released().contains(answer) ? 1 : 0;
            positions.add(admitted.waiting().indexOf(answer));
        }
        assertThat(released).isBetween(1, 199);
        assertThat(positions).hasSizeGreaterThan(2);
    }

    private static List<SurveyAnswer> concat(List<SurveyAnswer> waiting, SurveyAnswer answer) {
        var all = new ArrayList<>(waiting);
        all.add(answer);
        return all;
    }
}
