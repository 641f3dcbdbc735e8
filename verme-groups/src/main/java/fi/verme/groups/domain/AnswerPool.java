package fi.verme.groups.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The pool of a survey's waiting answers, which keeps an answer from being told apart from others by when
 * it came. A new answer joins the pool, which is then shuffled whole. Once {@value #POOL_RELEASE} answers
 * wait, {@value #BATCH} of them, chosen at random, are released to the survey's results; at least
 * {@value #BATCH} stay behind, so that a new answer never waits alone.
 */
public final class AnswerPool {

    /** How many answers leave the pool at a time, and how many at least stay in it. */
    static final int BATCH = 5;
    static final int POOL_RELEASE = 2 * BATCH;

    private AnswerPool() {
    }

    /** The answers to release and those that wait on, each in shuffled order. */
    public record Admitted(List<SurveyAnswer> released, List<SurveyAnswer> waiting) {
    }

    public static Admitted admit(List<SurveyAnswer> waiting, SurveyAnswer answer, Random random) {
        var pool = new ArrayList<>(waiting);
        pool.add(answer);
        Collections.shuffle(pool, random);
        int released = pool.size() >= POOL_RELEASE ? BATCH : 0;
        return new Admitted(List.copyOf(pool.subList(0, released)), List.copyOf(pool.subList(released, pool.size())));
    }
}
