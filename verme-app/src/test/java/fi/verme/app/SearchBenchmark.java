package fi.verme.app;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark F, the coordinator's search: a year of 2,000 enrolments (through the public form, names, employers
 * and units drawn from Finnish ones with a fixed seed) on the durable embedded PostgreSQL, and the enrolment list
 * asked for as the UI asks, by a signed-in session, one request at a time: searches for a surname, a first name
 * and an employer, an address, a word nobody has, a search with filters and a sort, and the whole list and its CSV.
 * Each is set against two baselines measured in the same run through the same HTTP stack: {@code GET /api/me} (the
 * smallest signed-in answer) and the list's unfiltered first page. Prints the table and writes it to
 * {@code docs/benchmarks.md}. Not part of the test command:
 * {@code mvn -B -pl verme-app -am test -Pbenchmark -Dtest=SearchBenchmark}.
 */
@Tag("benchmark")
class SearchBenchmark {

    static final int ENROLMENTS = Integer.getInteger("verme.benchmark.enrolments", 2000);
    static final int REQUESTS = Integer.getInteger("verme.benchmark.requests", 200);
    static final int WARM_UP = 30;

    static final List<String> FIRST = List.of("Aino", "Eino", "Helmi", "Väinö", "Päivi", "Jussi", "Kaisa", "Mikko",
            "Sanna", "Timo", "Anna-Liisa", "Pekka", "Riikka", "Juha", "Minna", "Ville", "Outi", "Heikki", "Satu",
            "Jyrki", "Tuula", "Esa", "Äijä", "Öljy", "Leena", "Markku", "Hanna", "Kari", "Elina", "Antti");
    static final List<String> LAST = List.of("Mäkelä", "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
            "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
            "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Öörni", "Åkerblom");
    static final List<String> EMPLOYERS = List.of("Seinäjoen kaupunki", "Ilmajoen kunta", "Kurikan kaupunki",
            "Lapuan kaupunki", "Kauhavan kaupunki", "Alavuden kaupunki", "Kuortaneen kunta", "Jalasjärven koulutuskuntayhtymä",
            "Lapuan Kristillinen Opisto", "Sedu", "Isonkyrön kunta", "Vaasan kaupunki");
    static final List<String> UNITS = List.of("Kasperin koulu", "Joupin koulu", "Keskuskoulu", "Hyllykallion koulu",
            "Kivenpuiston koulu", "Pohjan koulu", "Marttilan koulu", "Kärjen koulu", "Ylistaron yhtenäiskoulu",
            "Nurmon lukio", "Toivolan koulu", "Huhtalan koulu", "Niemisjärven koulu", "Halkosaaren koulu",
            "Vaasan lyseon lukio", "Ritavalkean koulu");
    static final List<String> ROLES = List.of("TEACHER", "TEACHER", "TEACHER", "SPECIAL_EDUCATION_TEACHER",
            "SCHOOL_ASSISTANT", "STUDY_COUNSELLOR", "PRINCIPAL");
    static final List<List<String>> WISHES = List.of(List.of("UUDET"), List.of("K55", "UUDET"), List.of("ERITYIS"),
            List.of("ERITYIS", "UUDET", "K55"), List.of("K55"));

    @TempDir
    Path dataDir;

    record Figures(String what, int rows, String total, double p50, double p95) {
    }

    @Test
    void theEnrolmentListAnswersASearchOf2000EnrolmentsAgainstTrivialReads() throws Exception {
        try (var application = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=0", "--logging.level.root=WARN",
                "--verme.public-form.per-address=100000", "--verme.public-form.per-call=100000",
                "--verme.public-form.per-email=100000")) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            var jdbc = application.getBean(JdbcTemplate.class);
            var api = new Api(port);
            var organiser = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(api, organiser);
            long seeding = System.nanoTime();
            Load.run(8, ENROLMENTS, Long.MAX_VALUE, enrolments(port, organiser));
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;

            var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .version(HttpClient.Version.HTTP_1_1).build();
            var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + TestAccounts.TESTER + "&password="
                            + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (login.statusCode() != 204) {
                throw new IllegalStateException("login answered " + login.statusCode());
            }
            var list = Programmes.path(organiser) + "/enrolments";
            var asked = new LinkedHashMap<String, String>();
            asked.put("`GET /api/me` (baseline 1)", "/api/me");
            asked.put("first page, newest first (baseline 2)", list + "?sort=submittedAt,desc&page=1&size=50");
            asked.put("a surname: `q=makela`", list + "?q=makela&sort=submittedAt,desc&page=1&size=50");
            asked.put("a first name and an employer: `q=aino seinajoen`",
                    list + "?q=aino+seinajoen&sort=submittedAt,desc&page=1&size=50");
            asked.put("a unit, sorted by surname: `q=joupin&sort=lastName`",
                    list + "?q=joupin&sort=lastName&page=1&size=50");
            asked.put("one address: `q=hakija1234.`", list + "?q=hakija1234.&sort=submittedAt,desc&page=1&size=50");
            asked.put("a word nobody has: `q=zzz`", list + "?q=zzz&sort=submittedAt,desc&page=1&size=50");
            asked.put("filters, search and sort, page 2: `theme=ERITYIS&role=TEACHER&q=koulu&sort=employer,desc`",
                    list + "?theme=ERITYIS&role=TEACHER&q=koulu&sort=employer,desc&page=2&size=50");
            asked.put("sorted by theme name, last page", list + "?sort=themeWishes,desc&page=40&size=50");
            asked.put("the whole list, unpaged (every row as JSON)", list);
            asked.put("the whole list as CSV", list.replace("/enrolments", "/enrolments.csv") + "?sort=lastName");

            var figures = new ArrayList<Figures>();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            for (var entry : asked.entrySet()) {
                figures.add(measure(http, port, entry.getKey(), entry.getValue()));
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            var section = report(jdbc, figures, seedSeconds, loadBefore, loadAfter);
            System.out.println(section);
            BenchmarkReport.write("F.", section);
        }
    }

    /** Enrolments through the public form, each a different person, drawn with a fixed seed. */
    static Callable<Long> enrolments(int port, String organiser) {
        var uri = URI.create("http://localhost:" + port + Programmes.path(organiser) + "/enrolments");
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var sequence = new AtomicInteger();
        return () -> {
            int n = sequence.incrementAndGet();
            var random = new Random(n);
            var body = Programmes.enrolment(FIRST.get(random.nextInt(FIRST.size())),
                    LAST.get(random.nextInt(LAST.size())), "hakija" + n + "." + organiser + "@example.fi");
            body.put("employer", EMPLOYERS.get(random.nextInt(EMPLOYERS.size())));
            body.put("unit", UNITS.get(random.nextInt(UNITS.size())));
            body.put("role", ROLES.get(random.nextInt(ROLES.size())));
            body.put("themeWishes", WISHES.get(random.nextInt(WISHES.size())));
            long started = System.nanoTime();
            var response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Load.JSON.writeValueAsString(body),
                                    StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("enrolment answered " + response.statusCode());
            }
            return System.nanoTime() - started;
        };
    }

    /** One request at a time, as one coordinator's browser asks: warmed up, then {@link #REQUESTS} timed. */
    static Figures measure(HttpClient http, int port, String what, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.contains(".csv") ? "text/csv" : "application/json")
                .header("Accept-Language", "fi").GET().build();
        HttpResponse<String> last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (last.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + last.statusCode() + ": " + last.body());
        }
        var latencies = new ArrayList<Long>();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            last = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - started);
        }
        latencies.sort(null);
        int rows = path.contains(".csv") ? (int) last.body().lines().count() - 1
                : last.body().startsWith("[") ? Load.JSON.readTree(last.body()).size() : 1;
        return new Figures(what, rows, last.headers().firstValue("X-Total-Count").orElse(""),
                Load.percentile(latencies, 0.50), Load.percentile(latencies, 0.95));
    }

    static String report(JdbcTemplate jdbc, List<Figures> figures, double seedSeconds, double loadBefore,
                         double loadAfter) throws Exception {
        var trivial = figures.get(0);
        var firstPage = figures.get(1);
        var out = new StringBuilder("## F. Search\n\n").append(BenchmarkReport.machine(jdbc)).append("\n\n");
        out.append(String.format(Locale.ROOT, "A year of %d enrolments (written through the public form in %.0f s), "
                + "and the enrolment list asked for by a coordinator's signed-in session, one request at a time, %d "
                + "times each after %d to warm up; the search looks for every word, in lower case and without "
                + "accents, in the names, e-mail address, employer and unit. Baselines from the same run: `GET "
                + "/api/me` (1) and the list's unfiltered first page (2). The machine's load average (other "
                + "processes included) was %.1f before the measurements and %.1f after. Target: a search answers in "
                + "under 200 ms.%n%n", ENROLMENTS, seedSeconds, REQUESTS, WARM_UP, loadBefore, loadAfter));
        out.append("| request | rows answered | of (X-Total-Count) | p50 ms | p95 ms | p50 / baseline 1 "
                + "| p50 / baseline 2 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (var f : figures) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %.2f |%n", f.what(), f.rows(),
                    f.total(), f.p50(), f.p95(), f.p50() / trivial.p50(), f.p50() / firstPage.p50()));
        }
        double slowestSearch = figures.subList(2, 9).stream().mapToDouble(Figures::p95).max().orElseThrow();
        out.append(String.format(Locale.ROOT, "%nThe slowest search's p95: **%.1f ms** (target under 200 ms: %s).%n%n"
                        + "Reproduce: `mvn -B -pl verme-app -am test -Pbenchmark -Dtest=SearchBenchmark` "
                        + "(`-Dverme.benchmark.enrolments=` for another size).%n", slowestSearch,
                slowestSearch < 200 ? "met" : "NOT met"));
        return out.toString();
    }
}
