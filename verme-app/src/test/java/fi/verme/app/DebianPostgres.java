package fi.verme.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL as an operator installs it: Debian's {@code postgresql} package (installed by {@code .ci/run}),
 * its newest version under {@code /usr/lib/postgresql}. The first test class that asks starts a fresh
 * cluster of it in a temporary directory, listening on 127.0.0.1 alone on a free port, and every later one
 * shares it; it is stopped when the test run ends. PostgreSQL refuses to run as root, so when the tests do
 * (CI), the server runs as the {@code postgres} system user that the package creates.
 *
 * <p>The cluster is made as on a fresh Debian machine without a locale ({@code C}, so SQL_ASCII unless
 * a database asks for UTF-8), with a Finnish time zone, and asks every TCP connection for a password.
 * Databases are made with exactly the statements {@code docs/operations.md} gives an operator, read from it.
 *
 * <p>Where the package is missing, the tests that use this are skipped with a message saying so, except in
 * CI ({@code CI=true}), where they fail: there the test command must prove the external database.
 */
final class DebianPostgres implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    /** The login role the operator's statements create, which the application connects as. */
    static final String ROLE = "verme";
    static final int OLDEST_SUPPORTED = 15;
    private static final Path VERSIONS = Path.of("/usr/lib/postgresql");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    /** Off, saying why, where the package is missing, except in CI: there {@link #beforeAll} fails instead. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (newestBinaries().isPresent() || inCi()) {
            return ConditionEvaluationResult.enabled("Debian's PostgreSQL is installed, or CI requires it");
        }
        var reason = missing() + ". The external-PostgreSQL tests are skipped here (in CI they fail instead).";
        System.err.println("[WARNING] " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The one server of this test run, started on first use. */
    private static Server server(ExtensionContext context) {
        var binaries = newestBinaries();
        if (binaries.isEmpty()) {
            throw new IllegalStateException(missing() + ". In CI (CI=true) the external-PostgreSQL tests must run.");
        }
        return context.getRoot().getStore(ExtensionContext.Namespace.create(DebianPostgres.class))
                .getOrComputeIfAbsent(Server.class, key -> Server.start(binaries.get()), Server.class);
    }

    private static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    private static String missing() {
        return "Debian's PostgreSQL " + OLDEST_SUPPORTED + " or newer is not installed (no " + VERSIONS
                + "/<version>/bin/initdb); .ci/run installs it: apt-get install postgresql";
    }

    /** The bin directory of the newest supported version installed, if any. */
    static Optional<Path> newestBinaries() {
        if (!Files.isDirectory(VERSIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(VERSIONS)) {
            return versions.filter(dir -> dir.getFileName().toString().matches("\\d+"))
                    .filter(dir -> Integer.parseInt(dir.getFileName().toString()) >= OLDEST_SUPPORTED)
                    .filter(dir -> Files.isExecutable(dir.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString())))
                    .map(dir -> dir.resolve("bin"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running cluster: its superuser for the operator's part, its role for the application's. */
    static final class Server implements ExtensionContext.Store.CloseableResource {

        private static final String SUPERUSER = "postgres";
        private static final SecureRandom RANDOM = new SecureRandom();

        private final Path binaries;
        private final Path directory;
        private final int port;
        private final String superuserPassword = newPassword();
        private final String rolePassword = newPassword();
        private final Thread stopAtExit = new Thread(this::stop, "debian-postgres-stop");
        private boolean roleCreated;

        private Server(Path binaries, Path directory, int port) {
            this.binaries = binaries;
            this.directory = directory;
            this.port = port;
        }

        static Server start(Path binaries) {
            try {
                var directory = Files.createTempDirectory("verme-debian-postgres");
                var server = new Server(binaries, directory, ChildApplication.freePort());
                try {
                    server.initialiseAndStart();
                } catch (RuntimeException | IOException e) {
                    deleteRecursively(directory);
                    throw e;
                }
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void initialiseAndStart() throws IOException {
            var passwordFile = directory.resolve("superuser-password");
            Files.writeString(passwordFile, superuserPassword);
            if (runningAsRoot()) {
                // PostgreSQL will not run as root: the package's system user owns the cluster instead.
                var postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(directory, postgres);
                Files.setOwner(passwordFile, postgres);
            }
            serverCommand("initdb", "--pgdata=" + data(), "--username=" + SUPERUSER, "--pwfile=" + passwordFile,
                    "--auth-host=scram-sha-256", "--auth-local=peer", "--no-locale", "--no-sync");
            Files.delete(passwordFile);
            Files.writeString(data().resolve("postgresql.conf"), """

                    # Written by the tests (DebianPostgres): loopback only, on a port of their own.
                    listen_addresses = '127.0.0.1'
                    port = %d
                    unix_socket_directories = '%s'
                    timezone = 'Europe/Helsinki'
                    # Test data only: no need to survive a power cut.
                    fsync = off
                    synchronous_commit = off
                    full_page_writes = off
                    """.formatted(port, directory), StandardOpenOption.APPEND);
            Runtime.getRuntime().addShutdownHook(stopAtExit);
            serverCommand("pg_ctl", "start", "--pgdata=" + data(), "--log=" + directory.resolve("server.log"),
                    "--wait", "--timeout=60");
        }

        /** The server's version, as it reports it ({@code 15.18 (Debian 15.18-0+deb12u1)}). */
        String version() {
            return superuser("postgres").queryForObject("show server_version", String.class);
        }

        /**
         * A new database for the application, made as {@code docs/operations.md} tells an operator to: its
         * statements as written there, with this database's name and the role's password (the role once).
         */
        String createDatabase(String name) {
            var superuser = superuser("postgres");
            for (var statement : OperatorStatements.read()) {
                if (statement.startsWith("CREATE ROLE")) {
                    if (roleCreated) {
                        continue;
                    }
                    roleCreated = true;
                }
                superuser.execute(statement.replaceAll("PASSWORD '[^']*'", "PASSWORD '" + rolePassword + "'")
                        .replace("DATABASE " + ROLE, "DATABASE " + name));
            }
            return name;
        }

        String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        /** The settings an operator gives Verme ({@code SPRING_DATASOURCE_URL}, …), as arguments. */
        List<String> settings(String database) {
            return List.of("--spring.datasource.url=" + jdbcUrl(database), "--spring.datasource.username=" + ROLE,
                    "--spring.datasource.password=" + rolePassword);
        }

        /** The application's own connection: the role, not the superuser. */
        JdbcTemplate asRole(String database) {
            return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(database), ROLE, rolePassword));
        }

        /** The operator's connection, for what only a superuser can look at. */
        JdbcTemplate superuser(String database) {
            return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(database), SUPERUSER, superuserPassword));
        }

        /** {@code pg_dump} as the role, in the custom format, into {@code file}. */
        void dump(String database, Path file) {
            clientCommand("pg_dump", "--format=custom", "--file=" + file, "--dbname=" + database);
        }

        /** {@code pg_restore} as the role, all or nothing, into an existing (empty) database. */
        void restore(Path file, String database) {
            clientCommand("pg_restore", "--no-owner", "--single-transaction", "--dbname=" + database, file.toString());
        }

        private Path data() {
            return directory.resolve("data");
        }

        /** A client program, connecting over TCP as the role; clients may run as root. */
        private void clientCommand(String program, String... arguments) {
            var command = new ArrayList<>(List.of(binaries.resolve(program).toString(), "--host=127.0.0.1",
                    "--port=" + port, "--username=" + ROLE, "--no-password"));
            command.addAll(Arrays.asList(arguments));
            run(command, Map.of("PGPASSWORD", rolePassword));
        }

        /** A server program, run as the owner of the cluster. */
        private void serverCommand(String program, String... arguments) {
            var command = new ArrayList<String>();
            if (runningAsRoot()) {
                command.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            command.add(binaries.resolve(program).toString());
            command.addAll(Arrays.asList(arguments));
            run(command, Map.of());
        }

        private void run(List<String> command, Map<String, String> environment) {
            try {
                var output = Files.createTempFile(directory, "command", ".log");
                var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                        // A file, not a pipe: pg_ctl's server inherits the output and outlives the command.
                        .redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                var process = builder.start();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT);
                }
                if (process.exitValue() != 0) {
                    var log = directory.resolve("server.log");
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                            + "):\n" + Files.readString(output)
                            + (Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : ""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
            stop();
        }

        private synchronized void stop() {
            if (!Files.exists(data().resolve("postmaster.pid"))) {
                return;
            }
            try {
                serverCommand("pg_ctl", "stop", "--pgdata=" + data(), "--mode=fast", "--wait");
            } finally {
                deleteRecursively(directory);
            }
        }

        private static void deleteRecursively(Path directory) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean runningAsRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static String newPassword() {
            var bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    /** The SQL an operator runs as a superuser before Verme's first start: the first {@code sql} block of the guide. */
    static final class OperatorStatements {

        static final Path GUIDE = Path.of("..", "docs", "operations.md");
        private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

        private OperatorStatements() {
        }

        static List<String> read() {
            try {
                var found = SQL_BLOCK.matcher(Files.readString(GUIDE));
                if (!found.find()) {
                    throw new IllegalStateException(GUIDE + " gives no ```sql block of statements for the operator");
                }
                var withoutComments = found.group(1).lines().filter(line -> !line.strip().startsWith("--"))
                        .collect(Collectors.joining("\n"));
                return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                        .map(String::strip).filter(statement -> !statement.isEmpty()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
