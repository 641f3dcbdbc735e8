package fi.verme.app.platform.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself. Durable by default: a persistent data
 * directory with {@code fsync} and {@code synchronous_commit} on. The ephemeral variant, for
 * tests, uses a throw-away directory and trades durability for speed.
 *
 * <p>Either way the server asks every connection, local socket or TCP, for the superuser's password
 * (SCRAM-SHA-256): otherwise any local user or process could connect as superuser. The password is
 * random; a durable server keeps it in {@value #PASSWORD_FILE} inside its data directory, readable by
 * the owner only. It protects nothing from someone who can read the data directory anyway, and it
 * travels with the data in a file-level backup.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    static final String PASSWORD_FILE = "verme-database-password";
    /** The file zonky's EmbeddedPostgres keeps locked while its server runs. */
    private static final String LOCK_FILE = "epg-lock";
    static final String USER = "postgres";
    /** What pg_hba.conf says once the server is secured: the password, for every connection. */
    private static final String HBA = """
            # Written by Verme: every connection needs the superuser's password (see %s).
            local   all             all                     scram-sha-256
            host    all             all     127.0.0.1/32    scram-sha-256
            host    all             all     ::1/128         scram-sha-256
            local   replication     all                     scram-sha-256
            host    replication     all     127.0.0.1/32    scram-sha-256
            host    replication     all     ::1/128         scram-sha-256
            """.formatted(PASSWORD_FILE);

    /** How long a server asked to stop may take (its shutdown checkpoint). */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);
    /** How long an ephemeral database's stop at the JVM's end waits for its owner to close it first. */
    private static final Duration OWNER_PATIENCE = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final String password;
    /** A durable database's data directory; null for an ephemeral one. */
    private final Path dataDirectory;
    /** Counted down once the owner has closed the database. */
    private final CountDownLatch closed = new CountDownLatch(1);

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    public static EmbeddedDatabase durable(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            refuseIfInUse(dataDirectory);
            stopOrphanedServer(dataDirectory);
            LOG.info("Starting embedded PostgreSQL with its data in {}", dataDirectory.toAbsolutePath());
            Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
            String password = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : newPassword();
            return start(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // initdb wants an empty directory: the password file joins the data once it exists.
                    .setDataDirectoryCustomizer(directory -> keep(passwordFile, password)), password, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public static EmbeddedDatabase ephemeral() {
        try {
            return start(EmbeddedPostgres.builder(), newPassword(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A new cluster is created with the password and SCRAM from the start (initdb's {@code --auth} and
     * {@code --pwfile}; zonky passes its "locale" settings to initdb as {@code --key=value} after its own
     * {@code -A trust}, so they win), leaving no moment in which it trusts anyone. A cluster created
     * before Verme required a password is secured after start-up instead, see {@link #requirePassword}.
     * <p>
     * A durable database is stopped by its owner's close alone (the application's bean, after everything that uses
     * it): not by zonky's JVM shutdown hook, which stopped the server beside the application's stop, while
     * requests, processors and the outbox's sender were still finishing. An ephemeral one, thrown away with its
     * data, gets a hook of its own, so that whatever the JVM's end, no server is left behind; it waits for the
     * owner's close first ({@link #closeAtExit}).
     */
    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder, String password, Path dataDirectory)
            throws IOException {
        Path initialPassword = Files.createTempFile("verme-initdb", ".pw");
        try {
            Files.writeString(initialPassword, password);
            var postgres = builder
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", initialPassword.toString())
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            var database = new EmbeddedDatabase(postgres, password, dataDirectory);
            try {
                database.requirePassword();
            } catch (RuntimeException e) {
                postgres.close(); // no one else will: the caller never gets the database
                throw e;
            }
            if (dataDirectory == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(database::closeAtExit, "embedded-postgres-stop"));
            }
            return database;
        } finally {
            Files.deleteIfExists(initialPassword);
        }
    }

    /** Rewrites a trusting pg_hba.conf (a cluster from before) and sets the password it will ask for. */
    private void requirePassword() {
        try (var connection = DriverManager.getConnection(jdbcUrl(), USER, password);
             var statement = connection.createStatement()) {
            var rules = statement.executeQuery(
                    "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256' or error is not null");
            rules.next();
            if (rules.getLong(1) == 0) {
                return;
            }
            LOG.warn("The embedded PostgreSQL let local users in without a password; it asks for one from now on");
            // The password is base64url: no quote can end the literal.
            statement.execute("alter role " + USER + " password '" + password + "'");
            var hbaFile = statement.executeQuery("show hba_file");
            hbaFile.next();
            Files.writeString(Path.of(hbaFile.getString(1)), HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not make the embedded PostgreSQL require a password", e);
        }
    }

    private static String newPassword() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes the password file, readable and writable by the owner only, unless it is already there. */
    private static void keep(Path passwordFile, String password) {
        if (Files.exists(passwordFile)) {
            return;
        }
        try {
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database password in " + passwordFile, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } finally {
            closed.countDown();
        }
    }

    private void stop() throws IOException {
        var server = dataDirectory == null ? Optional.<ProcessHandle>empty() : postmaster(dataDirectory);
        postgres.close();
        // zonky's pg_ctl waits 5 s for the server to stop; its shutdown checkpoint may take longer, and it must
        // not be left stopping when this process ends (a service manager would kill what is left of it then).
        server.filter(process -> !exited(process)).ifPresent(process -> LOG.warn(
                "PostgreSQL server {} still running {} after it was asked to stop", process.pid(), STOP_PATIENCE));
    }

    /**
     * An ephemeral database's stop when the JVM ends. The owner (an application's context) closes in a shutdown hook
     * of its own, which runs beside this one: its requests, processors and pool stop first, then it closes the
     * database. Stopping the server before that left Axon's event processor retrying against a closed server until
     * its shutdown phase timed out (5 s for each context at a test JVM's end, and for each stop of the application
     * on an ephemeral database). So this waits for the owner's close, and stops the server itself only if none came.
     */
    private void closeAtExit() {
        try {
            if (closed.await(OWNER_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            LOG.warn("The ephemeral PostgreSQL on port {} was not closed by its owner within {}; stopping it", port(),
                    OWNER_PATIENCE);
            postgres.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("Could not stop the ephemeral PostgreSQL on port {}", port(), e);
        }
    }

    /** Whether the process ends within {@link #STOP_PATIENCE}. */
    private static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The PostgreSQL server running on this data directory, if one is. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false));
    }

    /**
     * Another running process of Verme (the application, or its command line) holds the data directory: the
     * lock file that the embedded server keeps locked while it runs. Its server is not orphaned, so it must
     * not be stopped; this start is refused instead. A killed process's lock goes with it.
     */
    private static void refuseIfInUse(Path dataDirectory) throws IOException {
        var lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // no server ever ran here (initdb wants the directory empty, so the file must not be made)
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return;
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // fall through: in use
        }
        throw new IllegalStateException("The embedded database in " + dataDirectory.toAbsolutePath()
                + " is in use by another running Verme; stop it first, or give this one its own VERME_DATA_DIR");
    }

    /**
     * A server left running by a process that was killed (the server outlives it) holds the data
     * directory. Stop it cleanly so this start can proceed; PostgreSQL's own recovery does the rest.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = postmaster(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("Stopping PostgreSQL server {} left running on {} by an earlier process",
                server.get().pid(), dataDirectory);
        server.get().destroy();
        if (!exited(server.get())) {
            server.get().destroyForcibly();
        }
    }
}
