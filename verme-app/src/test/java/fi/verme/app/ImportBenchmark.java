package fi.verme.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark G, importing a year: a file of 2,000 enrolments with Finnish headers (as a form tool exports them) is
 * uploaded and previewed, read again, and committed, on the durable embedded PostgreSQL; the baseline, measured in the
 * same run, is the same 2,000 enrolments sent one by one through the public form by one client, as they would come in
 * without the import. The issue asks for the preview in under 5 s and the commit in under 30 s; the figures are
 * printed and written to {@code docs/benchmarks.md}, nothing is asserted. Not part of the test command:
 * {@code mvn -B -pl verme-app -am test -Pbenchmark -Dtest=ImportBenchmark}.
 */
@Tag("benchmark")
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("verme.benchmark.enrolments", 2000);
    static final List<String> ROLES = List.of("Luokanopettaja", "Aineenopettaja", "Erityisopettaja",
            "Koulunkäynninohjaaja", "Rehtori", "Opinto-ohjaaja");
    static final List<String> STAGES = List.of("Uusi", "Kokenut", "Seniori");
    static final List<String> THEMES = List.of("Uudet opettajat", "K55", "Erityisopetus ja tuki");

    @TempDir
    Path dataDir;

    @Test
    void importsAYearOf2000EnrolmentsAgainstTheSameSentOneByOne() throws Exception {
        try (var application = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=0", "--logging.level.root=WARN",
                "--verme.public-form.per-address=100000", "--verme.public-form.per-call=100000",
                "--verme.public-form.per-email=100000")) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            var jdbc = application.getBean(JdbcTemplate.class);
            var api = new Api(port);
            var imported = Programmes.freshOrganiser();
            var sent = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(api, imported);
            Programmes.openCallOpenToday(api, sent);
            var file = file(imported);
            var warmUp = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(api, warmUp);
            api.upload(Programmes.path(warmUp) + "/imports", "lammittely.csv", file(warmUp).substring(0, 2000)
                    .getBytes(StandardCharsets.UTF_8));

            long started = System.nanoTime();
            var upload = api.upload(Programmes.path(imported) + "/imports", "ilmoittautumiset.csv",
                    file.getBytes(StandardCharsets.UTF_8));
            double previewSeconds = seconds(started);
            check(upload, 201);
            var path = Programmes.path(imported) + "/imports/" + upload.json().get("importId").asText();
            started = System.nanoTime();
            check(api.get(path), 200);
            double readSeconds = seconds(started);
            started = System.nanoTime();
            var commit = api.post(path + "/commit", Map.of("sendNotices", false));
            double commitSeconds = seconds(started);
            check(commit, 200);
            int recorded = commit.json().get("summary").get("recorded").asInt();

            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var form = URI.create("http://localhost:" + port + Programmes.path(sent) + "/enrolments");
            started = System.nanoTime();
            for (int n = 1; n <= ROWS; n++) {
                var row = row(n, sent);
                var body = Programmes.enrolment(row.first(), row.last(), row.email());
                body.put("role", List.of("TEACHER", "TEACHER", "SPECIAL_EDUCATION_TEACHER", "SCHOOL_ASSISTANT",
                        "PRINCIPAL", "STUDY_COUNSELLOR").get(row.role()));
                body.put("careerStage", List.of("NEW", "EXPERIENCED", "SENIOR").get(row.stage()));
                body.put("themeWishes", List.of(List.of("UUDET"), List.of("K55"), List.of("ERITYIS")).get(row.theme()));
                var response = http.send(HttpRequest.newBuilder(form).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Load.JSON.writeValueAsString(body),
                                StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("enrolment answered " + response.statusCode());
                }
            }
            double baselineSeconds = seconds(started);

            var section = String.format(Locale.ROOT, """
                    ## G. Importing a year

                    A file of %,d enrolments with Finnish headers (a form tool's export, %,d bytes of CSV) imported by a
                    coordinator through HTTP, one request each, on the durable embedded PostgreSQL; the baseline is the
                    same %,d enrolments sent one by one through the public form by one client, in the same run
                    (`ImportBenchmark`: `mvn -B -pl verme-app -am test -Pbenchmark -Dtest=ImportBenchmark`).

                    | step | seconds | against the baseline | the issue asks |
                    |---|---:|---:|---|
                    | baseline: %,d enrolments through the public form, one by one | %.1f | 1.00 | |
                    | upload, read and preview (`POST …/imports`) | %.2f | %.3f | under 5 s |
                    | the preview again (`GET …/imports/{id}`) | %.2f | %.3f | |
                    | commit (`POST …/imports/{id}/commit`): %,d enrolments recorded | %.1f | %.2f | under 30 s |

                    The commit sends the form's own command for each row, without waiting for the views after each
                    (they are waited for once, at the end); the form answers each enrolment only once the views show it.

                    %s
                    """, ROWS, file.getBytes(StandardCharsets.UTF_8).length, ROWS, ROWS, baselineSeconds,
                    previewSeconds, previewSeconds / baselineSeconds, readSeconds, readSeconds / baselineSeconds,
                    recorded, commitSeconds, commitSeconds / baselineSeconds, BenchmarkReport.machine(jdbc));
            System.out.println(section);
            BenchmarkReport.write("G.", section);
        }
    }

    private record Row(String first, String last, String email, int role, int stage, int theme) {
    }

    /** Row {@code n}, the same in the file and in the baseline's forms (each a different person per organiser). */
    private static Row row(int n, String organiser) {
        var random = new Random(n);
        var first = SearchBenchmark.FIRST.get(random.nextInt(SearchBenchmark.FIRST.size()));
        var last = SearchBenchmark.LAST.get(random.nextInt(SearchBenchmark.LAST.size()));
        return new Row(first, last, "tuotu" + n + "." + organiser + "@example.fi", random.nextInt(ROLES.size()),
                random.nextInt(STAGES.size()), random.nextInt(THEMES.size()));
    }

    private static String file(String organiser) {
        var lines = new ArrayList<String>();
        lines.add("Vastausaika;Etunimi;Sukunimi;Sähköposti;Puhelin;Työnantaja;Yksikkö;Tehtävä;Uravaihe;Toive 1;Suostumus");
        for (int n = 1; n <= ROWS; n++) {
            var row = row(n, organiser);
            lines.add(String.join(";", "1.8.2025 9:00", row.first(), row.last(), row.email(), "040 123 4567",
                    "Seinäjoen kaupunki", "Kasperin koulu", ROLES.get(row.role()), STAGES.get(row.stage()),
                    THEMES.get(row.theme()), "Kyllä"));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(response.status() + ": " + response.raw().body());
        }
    }
}
