package fi.verme.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A plain HTTP client for the tests: what a real client of the API would send and see. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> credentials;

    /** Logged in as the tests' machine client (see TestAccounts). */
    Api(int port) {
        this("http://localhost:" + port, basic(TestAccounts.TESTER, TestAccounts.PASSWORD));
    }

    private Api(String base, Map<String, String> credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /** Nobody logged in, as the public enrolment form is used. */
    static Api anonymous(int port) {
        return new Api("http://localhost:" + port, Map.of());
    }

    /** The same server, with nobody logged in. */
    Api anonymous() {
        return new Api(base, Map.of());
    }

    /** The same server, logged in as another user. */
    Api as(String user, String password) {
        return new Api(base, basic(user, password));
    }

    record Response(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    Response get(String path) {
        return get(path, Map.of());
    }

    Response get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::setHeader);
        return send(request);
    }

    /** A binary download (a PDF, say), with the same login. */
    HttpResponse<byte[]> download(String path) {
        return download(path, Map.of());
    }

    /** A binary download with headers of its own (an {@code Accept-Language}, say). */
    HttpResponse<byte[]> download(String path, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        credentials.forEach(builder::setHeader);
        headers.forEach(builder::setHeader);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** The {@code Authorization} header of HTTP Basic, as a machine client sends it. */
    static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Response put(String path, Object body) {
        return put(path, body, Map.of());
    }

    Response put(String path, Object body, Map<String, String> headers) {
        try {
            String text = JSON.writeValueAsString(body);
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            headers.forEach(request::setHeader);
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response post(String path, Object body, Map<String, String> headers) {
        try {
            String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            headers.forEach(request::setHeader);
            return send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any method with a binary body (an image, say) of the content type given. */
    Response bytes(String method, String path, byte[] body, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request);
    }

    /** A file sent as a browser's form sends it: multipart/form-data with the file as its part {@code file}. */
    Response upload(String path, String fileName, byte[] content) {
        var boundary = "verme-" + java.util.UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(tail);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Any method with a body sent exactly as given (malformed or huge bodies included). */
    Response raw(String method, String path, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::setHeader);
        return send(request);
    }

    private Response send(HttpRequest.Builder builder) {
        credentials.forEach((name, value) -> {
            if (builder.copy().build().headers().firstValue(name).isEmpty()) {
                builder.setHeader(name, value);
            }
        });
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
