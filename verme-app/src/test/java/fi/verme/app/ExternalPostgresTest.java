package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.access.UserAccounts;
import fi.verme.verifier.Checkpoint;
import fi.verme.verifier.Finding;
import fi.verme.verifier.PublicKeys;
import fi.verme.verifier.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Verme on a PostgreSQL installed from Debian's package, connecting as the login role that
 * {@code docs/operations.md} tells an operator to create: not a superuser, no other rights, the owner of
 * one database and nothing else. It migrates an empty database, runs a year from enrolment to compensation,
 * is audited and rebuilt, and starts again on the same database; and it never needed more than that role.
 */
@ExtendWith(DebianPostgres.class)
class ExternalPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /** Verme as an operator starts it on an external database: the three settings, and the audit key's file. */
    static ConfigurableApplicationContext startVerme(DebianPostgres.Server postgres, String database, Path auditKey) {
        var arguments = new ArrayList<>(postgres.settings(database));
        arguments.addAll(List.of("--verme.audit.key-file=" + auditKey, "--server.port=0"));
        return VermeApplication.run(arguments.toArray(String[]::new));
    }

    static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static Checkpoint checkpoint(Api auditor, SeededYear year) throws IOException {
        var answer = auditor.get(year.year + "/checkpoint");
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return JSON.readValue(answer.raw().body(), Checkpoint.class);
    }

    /**
     * What the auditor's verifier says of the year's export as it is now, up to a checkpoint kept earlier (as
     * docs/audit-format.md says to take it: what came after the checkpoint is not covered by it).
     */
    static List<String> verifyExport(Api auditor, SeededYear year, Checkpoint kept, Path auditorsMachine)
            throws IOException {
        var export = auditor.get(year.year + "/events?through=" + kept.position());
        assertThat(export.status()).isEqualTo(200);
        var file = Files.createTempFile(auditorsMachine, "events", ".ndjson");
        Files.writeString(file, export.raw().body(), StandardCharsets.UTF_8);
        return verify(auditor, file, kept);
    }

    /** The stand-alone verifier's findings on an export file, with the key the installation publishes as PEM. */
    static List<String> verify(Api auditor, Path export, Checkpoint kept) throws IOException {
        var pem = auditor.get("/api/audit/public-key.pem");
        assertThat(pem.status()).isEqualTo(200);
        return Verifier.verify(export, kept, PublicKeys.parse(pem.raw().body())).findings().stream()
                .map(Finding::toString).toList();
    }

    @Test
    void aYearRunsEndToEndOnDebiansPostgresAsARoleThatOwnsOnlyItsDatabase(DebianPostgres.Server postgres)
            throws Exception {
        var database = postgres.createDatabase("verme_year");
        var auditKey = work.resolve("verme-audit-ed25519.key");
        SeededYear year;
        Checkpoint kept;
        Map<String, List<Map<String, Object>>> views;
        long events;
        try (var first = startVerme(postgres, database, auditKey)) {
            // The signing key is a secret: made on first start, readable by the application's user alone.
            assertThat(java.nio.file.Files.getPosixFilePermissions(auditKey))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            var api = api(first);
            // Enrolment, placement, a held meeting with minutes, compensation rules, an approved claim, a payment period.
            year = new SeededYear(api, first.getBean(UserAccounts.class), first.getBean(JdbcTemplate.class), "ulkoinen");
            var finance = api.get(year.year + "/compensation").json();
            assertThat(finance.get("missingRates")).isEmpty();
            assertThat(finance.get("mentors")).isNotEmpty();

            kept = checkpoint(api, year);
            assertThat(kept.count()).isGreaterThan(20);
            assertThat(verifyExport(api, year, kept, work)).isEmpty();

            views = Views.snapshot(postgres.asRole(database));
            assertThat(views.get("compensation.approved_line")).isNotEmpty();
            Views.rebuildAll(api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD));
            Views.assertSame(views, Views.snapshot(postgres.asRole(database)));
            events = postgres.asRole(database).queryForObject("select count(*) from domain_event_entry", Long.class);
        }

        try (var again = startVerme(postgres, database, auditKey)) {
            var api = api(again);
            assertThat(postgres.asRole(database).queryForObject("select count(*) from domain_event_entry", Long.class))
                    .isEqualTo(events);
            Views.assertSame(views, Views.snapshot(postgres.asRole(database)));
            assertThat(verifyExport(api, year, kept, work)).isEmpty();
            var opened = api.anonymous().get(year.personalLink);
            assertThat(opened.status()).as(opened.raw().body()).isEqualTo(200);
            assertThat(opened.json().get("enrolmentId").asText()).isEqualTo(year.participantEnrolment);
            Programmes.enrol(api, year.organiser, "Jalkeen", List.of("UUDET"), "Koulu");
            assertThat(verifyExport(api, year, checkpoint(api, year), work)).isEmpty();
        }

        assertOwnsOnlyItsDatabases(postgres, database);
    }

    /**
     * What the role is and holds, as the superuser sees it: no attribute beyond LOGIN, no membership, and
     * nothing owned or granted outside the databases it owns; inside, it owns Verme's schemas and every
     * table, and Verme installed no extension (a database owner could install a trusted one).
     */
    private static void assertOwnsOnlyItsDatabases(DebianPostgres.Server postgres, String database) {
        assertThat(Integer.parseInt(postgres.version().split("[.\\s]")[0]))
                .isGreaterThanOrEqualTo(DebianPostgres.OLDEST_SUPPORTED);
        var cluster = postgres.superuser("postgres");
        var role = cluster.queryForMap("""
                select rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls
                from pg_roles where rolname = ?""", DebianPostgres.ROLE);
        assertThat(role).containsEntry("rolcanlogin", true).containsEntry("rolsuper", false)
                .containsEntry("rolcreatedb", false).containsEntry("rolcreaterole", false)
                .containsEntry("rolreplication", false).containsEntry("rolbypassrls", false);
        assertThat(cluster.queryForList("select roleid::regrole::text from pg_auth_members where member = ?::regrole",
                String.class, DebianPostgres.ROLE)).as("roles it is a member of").isEmpty();
        // Every dependency on the role anywhere in the cluster: a database it owns, or something inside one.
        assertThat(cluster.queryForList("""
                select d.classid::regclass || ' ' || d.objid || ' in database ' || d.dbid || ' (' || d.deptype::text || ')'
                from pg_shdepend d
                where d.refclassid = 'pg_authid'::regclass and d.refobjid = ?::regrole
                  and not (d.classid = 'pg_database'::regclass and d.deptype = 'o'
                           and d.objid in (select oid from pg_database where datdba = d.refobjid))
                  and d.dbid not in (select oid from pg_database where datdba = d.refobjid)""",
                String.class, DebianPostgres.ROLE)).as("what the role owns or was granted outside its databases").isEmpty();

        var inside = postgres.superuser(database);
        assertThat(inside.queryForObject("select pg_encoding_to_char(encoding) from pg_database where datname = ?",
                String.class, database)).isEqualTo("UTF8");
        assertThat(inside.queryForList("select extname from pg_extension", String.class)).containsExactly("plpgsql");
        assertThat(inside.queryForList("""
                select nspname || ' ' || pg_get_userbyid(nspowner) from pg_namespace
                where nspname not like 'pg\\_%' and nspname <> 'information_schema' order by nspname""", String.class))
                .containsExactly("app verme", "compensation verme", "enrolment verme", "groups verme", "meetings verme",
                        "public pg_database_owner");
        assertThat(inside.queryForList("""
                select n.nspname || '.' || c.relname || ' ' || pg_get_userbyid(c.relowner)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
                  and c.relowner <> ?::regrole""", String.class, DebianPostgres.ROLE))
                .as("tables, sequences and indexes not owned by the role").isEmpty();
        assertThat(inside.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relname = 'domain_event_entry'", Long.class)).isEqualTo(1);
    }
}
