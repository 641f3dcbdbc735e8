package fi.verme.app.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets (Bucket4j) by key, such as a client address or an account: each holds {@code capacity}
 * tokens, refilled evenly over {@code period}. At most {@code keys} are remembered; the least recently
 * used are forgotten first, and a forgotten key starts afresh.
 */
public final class RateLimits {

    private final int capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets;

    public RateLimits(int capacity, Duration period, int keys) {
        this.capacity = capacity;
        this.period = period;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > keys;
            }
        };
    }

    /** The key's bucket, full if the key is new. */
    public Bucket of(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                    .build());
        }
    }

    /** The key's bucket, if it has one. */
    public Optional<Bucket> find(String key) {
        synchronized (buckets) {
            return Optional.ofNullable(buckets.get(key));
        }
    }

    public void forget(String key) {
        synchronized (buckets) {
            buckets.remove(key);
        }
    }

    /** Whole seconds for {@code Retry-After} from a bucket's wait for its next token (at least 1). */
    public static long retryAfterSeconds(long nanosToWait) {
        return Math.max(1, Duration.ofNanos(nanosToWait).toSeconds() + 1);
    }
}
