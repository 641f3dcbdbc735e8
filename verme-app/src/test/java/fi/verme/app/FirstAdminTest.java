package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.platform.storage.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The installation's first administrator, as an operator creates it on a new installation with neither the
 * demo nor the tests' accounts, each way run as its own process on a real PostgreSQL: the application's
 * start-up says how while there is none; the jar's command {@code admin create} makes one (and refuses what
 * the admin API would), also on the embedded database once the application using it has stopped; the
 * {@code VERME_INITIAL_ADMIN_*} settings make one at start-up and are ignored once an admin exists. Each
 * creation is recorded, and the admin signs in and registers an organiser.
 */
class FirstAdminTest {

    static final String PASSWORD = "ensimmainen-salasana";
    static final String HOW_TO = "No enabled administrator of all organisers exists";

    @TempDir
    Path workDir;

    private File log(String name) {
        return workDir.resolve(name + ".log").toFile();
    }

    private static String read(File log) throws IOException {
        return Files.readString(log.toPath());
    }

    private Path passwordFile(String name, String content) throws IOException {
        return Files.writeString(workDir.resolve(name), content);
    }

    /** The arguments followed by the database's settings, given as an operator would give them on the command line. */
    private static String[] database(EmbeddedPostgres postgres, String... arguments) {
        var all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password="));
        return all.toArray(String[]::new);
    }

    /** The application as an operator starts it on a new installation: no demo, no tests' accounts. */
    private Process application(String name, EmbeddedPostgres postgres, int port, Map<String, String> environment)
            throws IOException, InterruptedException {
        var process = ChildApplication.start(log(name), environment, database(postgres, "--verme.demo.enabled=false",
                "--verme.test-accounts.enabled=false", "--server.port=" + port));
        ChildApplication.awaitReady(new Api(port), process, log(name));
        return process;
    }

    private static EmbeddedPostgres postgres() throws IOException {
        return EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private static JdbcTemplate jdbc(EmbeddedPostgres postgres) {
        return new JdbcTemplate(new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                "", true));
    }

    @Test
    void aWrongPasswordCostStopsStartUpNamingTheSetting() throws Exception {
        var log = Files.createTempFile("verme-cost", ".log").toFile();
        var process = ChildApplication.start(log, Map.of("VERME_SECURITY_BCRYPT_STRENGTH", "3",
                "VERME_DATA_DIR", workDir.resolve("cost-data").toString()), "--verme.demo.enabled=false");
        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log.toPath())).contains("APPLICATION FAILED TO START", "bcrypt", "3")
                .doesNotContain("Bad strength");
    }

    /**
     * An outsider misspelt SPRING_DATASOURCE_URL in the service's environment file: the application started on an
     * embedded database with the demo's data and its known admin password. Credentials without a URL stop start-up.
     */
    @Test
    void aDatabasesCredentialsWithoutItsUrlStopStartUp() throws Exception {
        var log = Files.createTempFile("verme-no-url", ".log").toFile();
        var data = workDir.resolve("no-url-data");
        var process = ChildApplication.start(log, Map.of("SPRING_DATASORCE_URL", "jdbc:postgresql://localhost/verme",
                "SPRING_DATASOURCE_USERNAME", "verme", "SPRING_DATASOURCE_PASSWORD", "salasana",
                "VERME_DATA_DIR", data.toString()));
        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log.toPath())).contains("spring.datasource.url (SPRING_DATASOURCE_URL) is not")
                .doesNotContain("Started VermeApplication");
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                assertThat(files.map(path -> path.getFileName().toString())).as("no embedded database was made")
                        .doesNotContain("PG_VERSION");
            }
        }
    }

    @Test
    void askingForHelpStartsNothing() throws Exception {
        var log = Files.createTempFile("verme-help", ".log").toFile();
        assertThat(ChildApplication.command(log, "--help")).isZero();
        assertThat(Files.readString(log.toPath())).contains("java -jar verme-app.jar admin create --help")
                .doesNotContain("Flyway", "Started VermeApplication", "HikariPool");
    }

    @Test
    void withoutAnAdminStartUpSaysHowAndTheCommandCreatesOneThatTheSettingsThenLeaveAlone() throws Exception {
        try (var postgres = postgres()) {
            var jdbc = jdbc(postgres);
            int port = ChildApplication.freePort();
            var running = application("without-admin", postgres, port, Map.of());
            try {
                assertThat(read(log("without-admin"))).contains(HOW_TO, "java -jar verme-app.jar admin create "
                        + "--username <name> --password-file <file>", "--oidc-subject <subject>",
                        "VERME_INITIAL_ADMIN_USERNAME and VERME_INITIAL_ADMIN_PASSWORD_FILE",
                        "VERME_INITIAL_ADMIN_OIDC_SUBJECT");

                // The command, run beside the running application on its database.
                var file = passwordFile("salasana", PASSWORD + "\n");
                int status = ChildApplication.command(log("create"), database(postgres, "admin", "create",
                        "--username", "ensimmainen", "--password-file", file.toString(), "--email",
                        "it@kunta.example.fi", "--display-name", "Ensimmäinen Ylläpitäjä"));
                assertThat(status).as(read(log("create"))).isZero();
                assertThat(read(log("create"))).contains("Created ensimmainen (Ensimmäinen Ylläpitäjä) as an admin of "
                        + "all organisers (ADMIN *)").doesNotContain("Tomcat started");
                assertThat(jdbc.queryForMap("select source, sign_in, os_user from app.admin_creation where user_id = ?",
                        "ensimmainen")).containsEntry("source", "cli").containsEntry("sign_in", "password")
                        .containsEntry("os_user", System.getProperty("user.name"));

                // The new admin signs in (the password without the file's line break) and registers an organiser.
                var admin = new Api(port).as("ensimmainen", PASSWORD);
                var me = admin.get("/api/me");
                assertThat(me.status()).isEqualTo(200);
                assertThat(me.json().get("grants").get(0).get("role").asText()).isEqualTo("ADMIN");
                assertThat(me.json().get("grants").get(0).get("organiser").asText()).isEqualTo("*");
                assertThat(admin.post("/api/organisers", OrganisersApiTest.registration("ensimmainen-kunta",
                        "Ensimmäisen kunta", "Första kommun", "fi")).status()).isEqualTo(201);

                // What the admin API would refuse, the command refuses too, creating nothing.
                assertThat(ChildApplication.command(log("again"), database(postgres, "admin", "create", "--username",
                        "ensimmainen", "--password-file", file.toString()))).isEqualTo(1);
                assertThat(read(log("again"))).contains("ensimmainen exists", "nothing was created");
                var shortPassword = passwordFile("lyhyt", "lyhyt\n");
                assertThat(ChildApplication.command(log("short"), database(postgres, "admin", "create", "--username",
                        "toinen", "--password-file", shortPassword.toString()))).isEqualTo(2);
                assertThat(read(log("short"))).contains("password must be 12-200 characters");
                assertThat(ChildApplication.command(log("no-user"), database(postgres, "admin", "create",
                        "--password-file", file.toString()))).isEqualTo(2);
                assertThat(read(log("no-user"))).contains("Missing required option: '--username=<name>'");
                assertThat(jdbc.queryForObject("select count(*) from app.app_user where user_id = 'toinen'",
                        Integer.class)).isZero();

                // An account of the identity provider: no password, its subject.
                assertThat(ChildApplication.command(log("oidc"), database(postgres, "admin", "create", "--username",
                        "tunnistettu", "--oidc-subject", "entra|1234"))).as(read(log("oidc"))).isZero();
                assertThat(jdbc.queryForMap("select password_hash, oidc_subject from app.app_user where user_id = ?",
                        "tunnistettu")).containsEntry("password_hash", null).containsEntry("oidc_subject", "entra|1234");
                assertThat(jdbc.queryForObject("select sign_in from app.admin_creation where user_id = 'tunnistettu'",
                        String.class)).isEqualTo("identity-provider");
            } finally {
                ChildApplication.stop(running);
            }

            // Settings left in place are ignored once an admin exists, and the log says so.
            var restarted = application("settings-ignored", postgres, port, Map.of(
                    "VERME_INITIAL_ADMIN_USERNAME", "myohempi",
                    "VERME_INITIAL_ADMIN_PASSWORD_FILE", passwordFile("myohempi", "myohempi-salasana").toString()));
            try {
                assertThat(read(log("settings-ignored"))).contains("The VERME_INITIAL_ADMIN_* settings (user myohempi) "
                        + "are ignored: an enabled admin of all organisers exists").doesNotContain(HOW_TO);
                assertThat(jdbc.queryForObject("select count(*) from app.app_user where user_id = 'myohempi'",
                        Integer.class)).isZero();
                assertThat(new Api(port).as("myohempi", "myohempi-salasana").get("/api/me").status()).isEqualTo(401);
            } finally {
                ChildApplication.stop(restarted);
            }
        }
    }

    @Test
    void theInitialSettingsCreateTheFirstAdminAtStartUp() throws Exception {
        try (var postgres = postgres()) {
            int port = ChildApplication.freePort();
            var running = application("settings", postgres, port, Map.of(
                    "VERME_INITIAL_ADMIN_USERNAME", "alku",
                    "VERME_INITIAL_ADMIN_PASSWORD_FILE", passwordFile("alku", "alun-salasana-1\r\n").toString(),
                    "VERME_INITIAL_ADMIN_EMAIL", "alku@kunta.example.fi"));
            try {
                assertThat(read(log("settings"))).contains("Created alku as an admin of all organisers (ADMIN *)")
                        .doesNotContain(HOW_TO);
                var users = new Api(port).as("alku", "alun-salasana-1").get("/api/admin/users");
                assertThat(users.status()).isEqualTo(200);
                assertThat(users.json().findValuesAsText("userId")).containsExactly("alku");
                assertThat(jdbc(postgres).queryForMap("select source, sign_in from app.admin_creation where user_id = ?",
                        "alku")).containsEntry("source", "initial-settings").containsEntry("sign_in", "password");
            } finally {
                ChildApplication.stop(running);
            }
        }
    }

    @Test
    void theCommandUsesTheEmbeddedDatabaseOnceTheApplicationUsingItHasStopped() throws Exception {
        var dataDir = workDir.resolve("data");
        var file = passwordFile("salasana", PASSWORD);
        var command = new String[] {"admin", "create", "--username", "upotettu", "--password-file", file.toString(),
            "--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false"};
        try (var inUse = EmbeddedDatabase.durable(dataDir)) {
            assertThat(ChildApplication.command(log("in-use"), command)).isEqualTo(1);
            assertThat(read(log("in-use"))).contains("is in use by another running Verme", "nothing was created");
            // The running server was left alone.
            try (var connection = java.sql.DriverManager.getConnection(inUse.jdbcUrl(), inUse.username(),
                    inUse.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
        assertThat(ChildApplication.command(log("embedded"), command)).as(read(log("embedded"))).isZero();
        try (var database = EmbeddedDatabase.durable(dataDir)) {
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(database.jdbcUrl(), database.username(),
                    database.password(), true));
            assertThat(jdbc.queryForObject("select organiser from app.role_grant where user_id = 'upotettu' "
                    + "and role = 'ADMIN'", String.class)).isEqualTo("*");
        }
    }
}
