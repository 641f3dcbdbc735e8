package fi.verme.app.monitoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container image's health check: asks the Verme running beside it whether it is ready
 * ({@code /actuator/health/readiness} on {@code SERVER_PORT}, 8080 unless set) and exits 0 on 200, 1 on
 * anything else. A program of its own, run by the image's Java runtime with only this class on its class
 * path, because the image has no curl or wget: nothing of Spring starts, and it reads nothing but the port.
 */
final class ReadinessCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ReadinessCheck() {
    }

    public static void main(String[] args) {
        var port = System.getenv().getOrDefault("SERVER_PORT", "8080");
        var address = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        var client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        var request = HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.println(address + " answered " + response.statusCode() + " " + response.body());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (IOException e) {
            System.out.println(address + " did not answer: " + e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }
}
