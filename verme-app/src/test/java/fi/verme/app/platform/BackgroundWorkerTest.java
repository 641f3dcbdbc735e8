package fi.verme.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** A background worker stops with the application only once the unit of work at hand is done. */
class BackgroundWorkerTest {

    /** A unit that an interrupt does not cut short, as a statement or an SMTP exchange on a socket is not. */
    private static void uninterruptibleUnit(Duration length) {
        long end = System.nanoTime() + length.toNanos();
        for (long left = length.toNanos(); left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Test
    void aStopWaitsForTheUnitAtHandAndTheRoundEndsAfterIt() throws Exception {
        var begun = new AtomicInteger();
        var done = new AtomicInteger();
        var rounds = new AtomicInteger();
        var working = new CountDownLatch(1);
        var worker = new BackgroundWorker("test-worker", Duration.ZERO, Duration.ofMillis(10), () -> {
            rounds.incrementAndGet();
            while (!Thread.currentThread().isInterrupted()) {
                begun.incrementAndGet();
                working.countDown();
                uninterruptibleUnit(Duration.ofMillis(300));
                done.incrementAndGet();
            }
        }, e -> { });
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(worker.stop()).as("stopped in time").isTrue();

        // Every unit begun was finished before stop() returned, and no round or unit began after it.
        assertThat(done.get()).isEqualTo(begun.get()).isPositive();
        int finished = done.get();
        Thread.sleep(100);
        assertThat(done.get()).isEqualTo(finished);
        assertThat(rounds.get()).isEqualTo(1);
    }

    @Test
    void aRoundThatFailsIsReportedAndTheNextRoundStillRuns() throws Exception {
        var failures = new AtomicInteger();
        var thirdRound = new CountDownLatch(3);
        var worker = new BackgroundWorker("test-failing", Duration.ZERO, Duration.ofMillis(5), () -> {
            thirdRound.countDown();
            throw new IllegalStateException("the database is away");
        }, e -> failures.incrementAndGet());

        assertThat(thirdRound.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.stop()).isTrue();
        assertThat(failures.get()).isGreaterThanOrEqualTo(2);
    }
}
