package fi.verme.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code java -jar verme-verifier.jar events.ndjson checkpoint.json public-key.pem}: prints {@code intact}
 * and exits 0, or prints each finding and exits 1; a missing or unreadable file exits 2.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar verme-verifier.jar <events.ndjson> <checkpoint.json> <public-key.pem>

            Verifies a programme year's event export from Verme against a signed checkpoint, with the
            installation's public key received apart from both. Prints "intact" (exit code 0), or each
            finding with its position (exit code 1); a file it cannot read exits with 2.
            The format: docs/audit-format.md.""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length != 3) {
            err.println(USAGE);
            return 2;
        }
        try {
            var checkpoint = Checkpoints.read(Path.of(args[1]));
            var key = PublicKeys.read(Path.of(args[2]));
            long started = System.nanoTime();
            var findings = Verifier.verify(Path.of(args[0]), checkpoint, key);
            if (findings.isEmpty()) {
                out.println("intact");
            } else {
                findings.forEach(out::println);
            }
            err.printf("%s up to position %d: %d chained events, checked in %d ms%n", checkpoint.programmeYear(),
                    checkpoint.position(), checkpoint.count(), (System.nanoTime() - started) / 1_000_000);
            return findings.isEmpty() ? 0 : 1;
        } catch (NoSuchFileException e) {
            err.println("cannot verify: there is no file " + e.getFile());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }
}
