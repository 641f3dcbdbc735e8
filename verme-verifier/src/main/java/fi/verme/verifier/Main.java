package fi.verme.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code java -jar verme-verifier.jar events.ndjson checkpoint.json public-key.pem}: prints {@code intact}
 * and exits 0, or prints each finding and exits 1; a file it cannot read, or a wrong command, exits 2.
 */
public final class Main {

    static final String USAGE = """
            usage: java -jar verme-verifier.jar <events.ndjson> <checkpoint.json> <public-key.pem>

            Verifies a programme year's event export from Verme against a signed checkpoint, with the
            installation's public key received apart from both. Prints "intact" (exit code 0), or each
            finding with its position (exit code 1); a file it cannot read, or a wrong command, exits with 2.
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
        Checkpoint checkpoint;
        java.security.PublicKey key;
        try {
            checkpoint = Checkpoints.read(Path.of(args[1]));
        } catch (IOException | RuntimeException e) {
            return cannot(err, args[1], e);
        }
        try {
            key = PublicKeys.read(Path.of(args[2]));
        } catch (IOException | RuntimeException e) {
            return cannot(err, args[2], e);
        }
        try {
            long started = System.nanoTime();
            var verification = Verifier.verify(Path.of(args[0]), checkpoint, key);
            if (verification.intact()) {
                out.println("intact");
            } else {
                verification.findings().forEach(out::println);
            }
            err.printf("%s: %d chained events checked up to position %d, in %d ms, with the key whose SHA-256 "
                    + "fingerprint is %s%n", Printable.of(checkpoint.programmeYear()), verification.checked(),
                    checkpoint.position(), (System.nanoTime() - started) / 1_000_000, PublicKeys.fingerprint(key));
            return verification.intact() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            return cannot(err, args[0], e);
        }
    }

    private static int cannot(PrintStream err, String file, Exception e) {
        var why = e instanceof NoSuchFileException ? "there is no such file"
                : Printable.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        err.println("cannot verify: " + Printable.of(file) + ": " + why);
        return 2;
    }
}
