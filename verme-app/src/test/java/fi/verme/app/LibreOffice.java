package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's LibreOffice Calc, headless ({@code soffice --headless --convert-to csv}): a spreadsheet program other
 * than the library that wrote a workbook reads it, and says each cell as it shows it (dates as dates, euros as
 * euros), or as a plain number where it found no format. Without LibreOffice a check is skipped here, saying so;
 * in CI ({@code CI=true}, where {@code .ci/run} installs {@code libreoffice-calc-nogui}) it fails instead.
 */
final class LibreOffice {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");
    /** Semicolons, double quotes, UTF-8 (76), cells as shown (the ninth token). */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1,,1035,false,true,true";

    private LibreOffice() {
    }

    /** The workbook's first sheet as LibreOffice shows it, row by row. */
    static List<CSVRecord> shown(byte[] xlsx) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(SOFFICE);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("LibreOffice is missing: .ci/run installs Debian's libreoffice-calc-nogui");
        }
        if (!installed) {
            System.err.println("[WARNING] Debian's LibreOffice is not installed: reading a workbook with it is skipped"
                    + " here (in CI it fails instead)");
        }
        Assumptions.assumeTrue(installed, "Debian's LibreOffice is not installed");
        var directory = Files.createTempDirectory("verme-libreoffice");
        try {
            var workbook = Files.write(directory.resolve("workbook.xlsx"), xlsx);
            // A profile of its own, so that conversions never wait for each other's lock.
            var process = new ProcessBuilder(SOFFICE.toString(),
                    "-env:UserInstallation=" + directory.resolve("profile").toUri(), "--headless", "--convert-to",
                    CSV_FILTER, "--outdir", directory.toString(), workbook.toString())
                    .redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("soffice --convert-to csv ends").isTrue();
            assertThat(process.exitValue()).as("soffice: " + output).isZero();
            var csv = Files.readString(directory.resolve("workbook.csv"), StandardCharsets.UTF_8);
            return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get()
                    .parse(new StringReader(csv)).getRecords();
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }
}
