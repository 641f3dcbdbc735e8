package fi.verme.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for what {@link java.net.http.HttpClient} would normalise or
 * refuse to send: {@code ..} and {@code //} in the path, {@code %2e}, {@code ;params}, odd header
 * spellings, and bodies streamed from a generator (with a length or chunked) that stop as soon as the
 * server has answered, so that a 50 MB body costs the test no memory and no time once refused.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** A body: {@code prefix} then {@code filler} up to {@code length} bytes, sent as generated. */
    record Body(byte[] prefix, long length, byte filler, boolean chunked) {

        static Body of(String text, boolean chunked) {
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Body(bytes, bytes.length, (byte) ' ', chunked);
        }

        /** JSON whose opening text is followed by spaces up to the length (still valid JSON if closed). */
        static Body padded(String prefix, long length, boolean chunked) {
            return new Body(prefix.getBytes(StandardCharsets.UTF_8), length, (byte) ' ', chunked);
        }
    }

    /** The answer: status -1 when the server closed the connection without one. */
    record Answer(int status, Map<String, String> headers, String body, boolean stoppedSending) {

        String contentType() {
            return headers.get("content-type");
        }

        boolean isProblem() {
            return String.valueOf(contentType()).startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + (contentType() == null ? "" : " " + contentType()) + " "
                    + SecondOrganiserMatrixTest.abbreviated(body);
        }
    }

    static Answer send(int port, String method, String target, Map<String, String> headers, Body body)
            throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append(body.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length()
                        + "\r\n");
            }
            head.append("\r\n");
            boolean stopped = false;
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    stopped = writeBody(out, in, body);
                }
                out.flush();
                if (stopped) {
                    socket.shutdownOutput();
                }
            } catch (IOException closedByServer) {
                stopped = true;
            }
            return read(in, stopped);
        }
    }

    /** Writes the body in pieces; true when it stopped early because the server had already answered. */
    private static boolean writeBody(OutputStream out, InputStream in, Body body) throws IOException {
        var piece = new byte[64 * 1024];
        long sent = 0;
        while (sent < body.length()) {
            int n = (int) Math.min(piece.length, body.length() - sent);
            for (int i = 0; i < n; i++) {
                long at = sent + i;
                piece[i] = at < body.prefix().length ? body.prefix()[(int) at] : body.filler();
            }
            if (body.chunked()) {
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(piece, 0, n);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.write(piece, 0, n);
            }
            sent += n;
            if (sent < body.length() && in.available() > 0) {
                return true;
            }
        }
        if (body.chunked()) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return false;
    }

    private static Answer read(InputStream in, boolean stopped) throws IOException {
        var all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException reset) {
            // the answer so far is what the server sent before closing
        }
        var bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            return new Answer(-1, Map.of(), new String(bytes, StandardCharsets.ISO_8859_1), stopped);
        }
        var lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        var rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = unchunk(rest);
        }
        return new Answer(status, headers, new String(rest, StandardCharsets.UTF_8), stopped);
    }

    private static byte[] unchunk(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(bytes, at, bytes.length),
                    "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                break;
            }
            var sizeText = new String(bytes, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            at += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(bytes, at, Math.min(size, bytes.length - at));
            at += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
