package fi.verme.verifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An export's lines as bytes, split at line feeds (0x0A) alone, as the format says: a carriage return stays in its
 * line, where it makes the line unreadable rather than two lines. The last line counts even without its line feed.
 */
final class Lines {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int start;
    private int end;

    Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line feed; null at the end of the file. */
    byte[] next() throws IOException {
        line.reset();
        for (;;) {
            if (start == end) {
                end = in.read(buffer);
                start = 0;
                if (end <= 0) {
                    end = 0;
                    return line.size() == 0 ? null : line.toByteArray();
                }
            }
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    start = i + 1;
                    return line.toByteArray();
                }
            }
            line.write(buffer, start, end - start);
            start = end;
        }
    }
}
