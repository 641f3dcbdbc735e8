package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code qpdf --check}: the PDF's syntax, cross-reference table and streams as a reader other than
 * PDFBox finds them. Without qpdf a check is skipped here, saying so; in CI ({@code CI=true}, where
 * {@code .ci/run} installs it) it fails instead, so that a missing qpdf never passes silently.
 */
final class Qpdf {

    static final Path QPDF = Path.of("/usr/bin/qpdf");

    private Qpdf() {
    }

    /** Checks the PDF and requires that qpdf finds neither an error nor a warning (its exit code 0). */
    static void assertClean(byte[] pdf) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(QPDF);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("qpdf is missing: .ci/run installs Debian's qpdf");
        }
        if (!installed) {
            System.err.println("[WARNING] Debian's qpdf is not installed: the qpdf --check of a certificate is skipped"
                    + " here (in CI it fails instead)");
        }
        Assumptions.assumeTrue(installed, "Debian's qpdf is not installed");
        var file = Files.createTempFile("verme-certificate", ".pdf");
        try {
            Files.write(file, pdf);
            var process = new ProcessBuilder(QPDF.toString(), "--check", file.toString()).redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("qpdf --check ends").isTrue();
            // 0: no errors nor warnings; 2: errors; 3: warnings only.
            assertThat(process.exitValue()).as("qpdf --check: " + output).isZero();
            assertThat(output).contains("No syntax or stream encoding errors found").doesNotContain("WARNING");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
