package fi.verme.app.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself. Durable by default: a persistent data
 * directory with {@code fsync} and {@code synchronous_commit} on. The ephemeral variant, for
 * tests, uses a throw-away directory and trades durability for speed.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase durable(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            LOG.info("Starting embedded PostgreSQL with its data in {}", dataDirectory.toAbsolutePath());
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public static EmbeddedDatabase ephemeral() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A server left running by a process that was killed (the server outlives it) holds the data
     * directory. Stop it cleanly so this start can proceed; PostgreSQL's own recovery does the rest.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("Stopping PostgreSQL server {} left running on {} by an earlier process",
                server.get().pid(), dataDirectory);
        server.get().destroy();
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.get().destroyForcibly();
        }
    }
}
