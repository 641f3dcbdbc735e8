package fi.verme.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code docs/benchmarks.md}: one section per benchmark ("## A. …"), each replaced by its own latest
 * run, every section with the machine it ran on.
 */
final class BenchmarkReport {

    static final Path FILE = Path.of("..", "docs", "benchmarks.md");

    private BenchmarkReport() {
    }

    /** Replaces (or adds) the section whose heading starts with {@code key}, e.g. "A.". */
    static void write(String key, String section) throws IOException {
        var sections = new LinkedHashMap<String, String>();
        if (Files.exists(FILE)) {
            var text = Files.readString(FILE);
            for (var part : text.split("\n(?=## )")) {
                if (part.startsWith("## ")) {
                    sections.put(part.substring(3, part.indexOf('.') + 1), part.strip() + "\n");
                }
            }
        }
        sections.put(key, section.strip() + "\n");
        var out = new StringBuilder("# Benchmarks\n\nEach section is written by its benchmark's latest run; "
                + "`mvn -B -pl verme-app -am test -Pbenchmark` runs them all in one go. Every figure is set "
                + "against a baseline measured in the same run on the same PostgreSQL.\n");
        sections.keySet().stream().sorted().forEach(k -> out.append('\n').append(sections.get(k)));
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, out.toString());
    }

    static String machine(JdbcTemplate jdbc) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu;
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        }
        return String.format(Locale.ROOT, "Measured on %s: %d cores (%s), %.0f GiB memory, Java %s; PostgreSQL %s "
                        + "(embedded), fsync=%s, synchronous_commit=%s.",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu,
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("java.version"),
                jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("show fsync", String.class),
                jdbc.queryForObject("show synchronous_commit", String.class));
    }
}
