package fi.verme.app.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL asks every connection for a password, kept where only its owner reads it. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    private static void assertRefusesWithoutThePassword(EmbeddedDatabase database) throws SQLException {
        var url = "jdbc:postgresql://localhost:" + database.port() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "arvattu").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (var connection = DriverManager.getConnection(url, database.username(), database.password())) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void durableDatabaseKeepsItsPasswordReadableByTheOwnerOnlyAndAsksForItAfterARestart() throws Exception {
        String password;
        try (var database = EmbeddedDatabase.durable(dataDir)) {
            password = database.password();
            assertRefusesWithoutThePassword(database);
        }
        var passwordFile = dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(Files.readString(passwordFile)).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        try (var restarted = EmbeddedDatabase.durable(dataDir)) {
            assertThat(restarted.password()).isEqualTo(password);
            assertRefusesWithoutThePassword(restarted);
        }
    }

    /** A data directory from before: its server trusted every local user; from now on it asks. */
    @Test
    void databaseThatTrustedLocalUsersAsksForThePasswordFromNowOn() throws Exception {
        try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
             var trusted = DriverManager.getConnection("jdbc:postgresql://localhost:" + old.getPort() + "/postgres",
                     "postgres", "")) {
            trusted.createStatement().execute("create table kept (id int)");
        }
        try (var database = EmbeddedDatabase.durable(dataDir)) {
            assertRefusesWithoutThePassword(database);
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                    database.password())) {
                assertThat(connection.createStatement().executeQuery("select count(*) from kept").next()).isTrue();
            }
        }
        try (var restarted = EmbeddedDatabase.durable(dataDir)) {
            assertRefusesWithoutThePassword(restarted);
        }
    }

    /**
     * An ephemeral database outlives its owner's close at the JVM's end: the owner, closing in a shutdown hook of
     * its own as an application's context does, still reads from it, and then the server is gone with the JVM.
     */
    @Test
    void ephemeralDatabaseStopsAtTheJvmsEndOnlyAfterItsOwnerHasClosedIt() throws Exception {
        var log = dataDir.resolve("owner.log").toFile();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), OwnerClosingAtExit.class.getName()))
                .redirectErrorStream(true).redirectOutput(log).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM ended; see " + log).isTrue();
        var output = Files.readString(log.toPath());
        assertThat(output).contains("owner read 1 while closing").doesNotContain("owner could not read");
        var port = output.lines().filter(line -> line.startsWith("port ")).findFirst().orElseThrow().substring(5);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "").close()).as("the server stopped with the JVM").isInstanceOf(SQLException.class);
    }

    /** A JVM whose owner of an ephemeral database closes it in a shutdown hook, after a last read. */
    public static final class OwnerClosingAtExit {

        private OwnerClosingAtExit() {
        }

        public static void main(String[] arguments) {
            var database = EmbeddedDatabase.ephemeral();
            System.out.println("port " + database.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(1_500); // the owner's requests and processors finishing
                    try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                            database.password()); var answer = connection.createStatement().executeQuery("select 1")) {
                        answer.next();
                        System.out.println("owner read " + answer.getInt(1) + " while closing");
                    }
                    database.close();
                } catch (Exception e) {
                    System.out.println("owner could not read: " + e);
                }
            }));
        }
    }
}
