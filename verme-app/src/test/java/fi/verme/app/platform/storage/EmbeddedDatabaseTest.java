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
}
