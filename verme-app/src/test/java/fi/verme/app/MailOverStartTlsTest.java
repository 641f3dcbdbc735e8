package fi.verme.app;

import static fi.verme.app.Programmes.path;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * E-mail goes out encrypted and authenticated, configured as an operator would with Spring Boot's
 * properties: port 587, {@code STARTTLS} required ({@code mail.smtp.starttls.enable} and
 * {@code .required}), a user name and password, and the mail server's certificate checked against a
 * trust store (an SSL bundle) with its host name. The server is SubEthaSMTP, a real SMTP server
 * implementation, because GreenMail does not speak STARTTLS: it refuses every command but STARTTLS
 * until the connection is encrypted, and any mail until the client has authenticated. Its key and
 * certificate are made for the test by the JDK's keytool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailOverStartTlsTest {

    static final String USERNAME = "verme-smtp";
    static final String PASSWORD = "smtp-salasana-" + UUID.randomUUID();
    static final int SMTP_PORT = freePort();
    private static final char[] KEYS_PASSWORD = ("avaimet-" + UUID.randomUUID()).toCharArray();
    static final Path KEYS = keysFor("localhost");

    /** What the server accepted: who authenticated, and the message's recipient and subject. */
    record Received(Object identity, String recipient, String subject) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    SMTPServer server;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.username", () -> USERNAME);
        registry.add("spring.mail.password", () -> PASSWORD);
        registry.add("spring.mail.properties.mail.smtp.auth", () -> "true");
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "true");
        registry.add("spring.mail.properties.mail.smtp.starttls.required", () -> "true");
        registry.add("spring.mail.ssl.bundle", () -> "smtp");
        registry.add("spring.ssl.bundle.pem.smtp.truststore.certificate",
                () -> KEYS.resolve("smtp.pem").toUri().toString());
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aNoticeGoesOutOverStartTlsAsTheConfiguredUser() throws Exception {
        server = smtp(true);
        var email = enrol();

        var arrived = awaitReceived(email);
        assertThat(arrived.recipient()).isEqualTo(email);
        assertThat(arrived.identity()).as("the user the server authenticated").isEqualTo(USERNAME);
        assertThat(arrived.subject()).isEqualTo("Ilmoittautumisesi vertaisryhmämentorointiin on vastaanotettu");
        assertThat(outboxStatus(email)).isEqualTo("SENT");
    }

    @Test
    void withoutStartTlsOnOfferNothingIsSentInTheClear() throws Exception {
        server = smtp(false);
        var email = enrol();

        var lastError = awaitLastError(email);
        assertThat(lastError).contains("STARTTLS");
        assertThat(received).as("nothing reached the server").noneMatch(message -> message.recipient().equals(email));
        assertThat(outboxStatus(email)).as("kept for a retry").isEqualTo("PENDING");
    }

    /** Enrols someone in a fresh programme year, which queues a notice to them; returns their address. */
    private String enrol() {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(new Api(port), organiser);
        var email = "salattu." + organiser + "@example.fi";
        var enrolled = Api.anonymous(port).post(path(organiser) + "/enrolments",
                Programmes.enrolment("Salla", "Salattu", email));
        assertThat(enrolled.status()).isEqualTo(201);
        return email;
    }

    /**
     * A mail server on the port Verme is configured with, requiring authentication; with {@code tls}, it
     * offers STARTTLS and requires it before anything else; without, it offers no encryption at all.
     */
    private SMTPServer smtp(boolean tls) throws Exception {
        var builder = SMTPServer.port(SMTP_PORT).bindAddress(InetAddress.getLoopbackAddress()).hostName("localhost")
                .requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!USERNAME.equals(user) || !PASSWORD.equals(password)) {
                        throw new LoginFailedException();
                    }
                }))
                .messageHandler((context, from, to, data) -> received.add(new Received(
                        context.getAuthenticationHandler().map(handler -> handler.getIdentity()).orElse(null), to,
                        subjectOf(data))));
        if (tls) {
            builder.enableTLS().requireTLS().startTlsSocketFactory(serverContext());
        } else {
            builder.enableTLS(false);
        }
        var started = builder.build();
        started.start();
        return started;
    }

    private static String subjectOf(byte[] data) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(data)).getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Received awaitReceived(String email) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var arrived = received.stream().filter(message -> message.recipient().equals(email)).findFirst();
            if (arrived.isPresent()) {
                return arrived.get();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no message to " + email + " arrived");
    }

    private String awaitLastError(String email) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var message = outboxMessage(email);
            if (message != null && !message.path("lastError").isNull() && !message.path("lastError").isMissingNode()) {
                return message.get("lastError").asText();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the outbox never recorded a failure for " + email);
    }

    private String outboxStatus(String email) {
        return outboxMessage(email).get("status").asText();
    }

    private JsonNode outboxMessage(String email) {
        var organiser = email.substring("salattu.".length(), email.indexOf('@'));
        var outbox = new Api(port).get("/api/admin/outbox?programme=" + organiser + "/" + Programmes.SCHOOL_YEAR)
                .json();
        for (var message : outbox) {
            if (email.equals(message.path("recipientEmail").asText())) {
                return message;
            }
        }
        return null;
    }

    private static SSLContext serverContext() throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYS.resolve("smtp.p12"))) {
            store.load(in, KEYS_PASSWORD);
        }
        var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, KEYS_PASSWORD);
        var context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** The mail server's key and self-signed certificate for the host name, made by the JDK's keytool. */
    private static Path keysFor(String host) {
        try {
            var directory = Files.createTempDirectory("verme-smtp-keys");
            var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            var password = new String(KEYS_PASSWORD);
            run(keytool, "-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=" + host, "-ext", "SAN=dns:" + host, "-storetype", "PKCS12",
                    "-keystore", directory.resolve("smtp.p12").toString(), "-storepass", password);
            run(keytool, "-exportcert", "-rfc", "-alias", "smtp", "-keystore", directory.resolve("smtp.p12").toString(),
                    "-storepass", password, "-file", directory.resolve("smtp.pem").toString());
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
