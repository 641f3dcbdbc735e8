package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.UserAccounts;
import fi.verme.verifier.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup set and the restore procedure of {@code docs/operations.md}, done with Debian's
 * {@code pg_dump} and {@code pg_restore} as Verme's own role: a database dumped while Verme runs,
 * restored into a new database, with the audit key's file from the backup, gives back every view row by
 * row, a hash chain that verifies against a checkpoint signed before the dump, and personal links that
 * still open what they opened.
 */
@ExtendWith(DebianPostgres.class)
class BackupTest {

    @TempDir
    Path live;
    @TempDir
    Path backup;
    @TempDir
    Path restoredHost;

    @Test
    void aDumpRestoredIntoANewDatabaseKeepsEveryViewTheHashChainAndThePersonalLinks(DebianPostgres.Server postgres)
            throws Exception {
        var database = postgres.createDatabase("verme_live");
        var auditKey = live.resolve("verme-audit-ed25519.key");
        var dump = backup.resolve("verme.dump");
        SeededYear year;
        Checkpoint signedBeforeTheDump;
        Map<String, List<Map<String, Object>>> views;
        try (var running = ExternalPostgresTest.startVerme(postgres, database, auditKey)) {
            var api = ExternalPostgresTest.api(running);
            year = new SeededYear(api, running.getBean(UserAccounts.class), running.getBean(JdbcTemplate.class),
                    "varmistus");
            signedBeforeTheDump = ExternalPostgresTest.checkpoint(api, year);
            views = Views.snapshot(postgres.asRole(database));

            postgres.dump(database, dump);
            Files.copy(auditKey, backup.resolve(auditKey.getFileName()));
        }
        assertThat(Files.size(dump)).isPositive();

        var restored = postgres.createDatabase("verme_restored");
        postgres.restore(dump, restored);
        var restoredKey = restoredHost.resolve("verme-audit-ed25519.key");
        Files.copy(backup.resolve(auditKey.getFileName()), restoredKey);
        try (var again = ExternalPostgresTest.startVerme(postgres, restored, restoredKey)) {
            var api = ExternalPostgresTest.api(again);
            Views.assertSame(views, Views.snapshot(postgres.asRole(restored)));
            assertThat(ExternalPostgresTest.verifyExport(api, year, signedBeforeTheDump, backup)).isEmpty();
            var signedNow = ExternalPostgresTest.checkpoint(api, year);
            assertThat(signedNow.publicKey()).as("signed with the key from the backup")
                    .isEqualTo(signedBeforeTheDump.publicKey());
            assertThat(signedNow.link()).isEqualTo(signedBeforeTheDump.link());

            var opened = api.anonymous().get(year.personalLink);
            assertThat(opened.status()).as(opened.raw().body()).isEqualTo(200);
            assertThat(opened.json().get("enrolmentId").asText()).isEqualTo(year.participantEnrolment);
            var survey = api.anonymous().get(year.surveyLink);
            assertThat(survey.status()).as(survey.raw().body()).isEqualTo(200);

            // The restored store goes on: a new enrolment is taken and chained after the restored events.
            Programmes.enrol(api, year.organiser, "Palautuksen", List.of("UUDET"), "Koulu");
            assertThat(ExternalPostgresTest.verifyExport(api, year, ExternalPostgresTest.checkpoint(api, year), backup))
                    .isEmpty();
        }
    }
}
