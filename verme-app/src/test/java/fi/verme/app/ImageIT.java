package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image that {@code package} writes ({@code target/verme-image.tar}, run by failsafe in
 * {@code verify}), read as {@code docker load} reads it and run as {@code docker run} would run it, without
 * Docker: its layers unpacked in order into a root file system, its entrypoint started there in its own mount
 * and process namespaces (util-linux's unshare), as its user, in its working directory, with its environment,
 * on the image's own Java runtime and libraries alone; then its health check run inside that container
 * (nsenter, as {@code docker exec} does). With no database configured it uses the embedded PostgreSQL, whose
 * server then runs inside the image too.
 *
 * <p>Running it needs root (mounts, and changing to the image's user) on a host that allows namespaces; elsewhere
 * that part is skipped with a warning saying so.
 */
class ImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ARCHIVE = Path.of(System.getProperty("verme.image", "target/verme-image.tar"));
    private static final Path WORK = ARCHIVE.resolveSibling("image-it");
    private static final String UNSHARE = "/usr/bin/unshare";
    private static final String NSENTER = "/usr/bin/nsenter";
    /**
     * What Docker gives every container before its entrypoint starts: a /dev with the usual devices and a
     * /dev/shm, a /proc of its own, the host's name service files; then the entrypoint runs in the image's
     * root, working directory and user. Arguments: root, working directory, uid, gid, the command.
     */
    private static final String CONTAINER = """
            set -e
            root=$1 wd=$2 uid=$3 gid=$4
            shift 4
            mount -t tmpfs -o mode=755 dev "$root/dev"
            for device in null zero random urandom; do
                touch "$root/dev/$device"
                mount --bind "/dev/$device" "$root/dev/$device"
            done
            mkdir "$root/dev/shm"
            mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
            mount -t proc proc "$root/proc"
            for file in hosts resolv.conf; do
                touch "$root/etc/$file"
                mount --bind "/etc/$file" "$root/etc/$file"
            done
            exec /usr/bin/unshare --root="$root" --wd="$wd" --setuid "$uid" --setgid "$gid" -- "$@"
            """;

    private static JsonNode config;
    private static List<Path> layers;

    @BeforeAll
    static void unpackArchive() throws Exception {
        assertThat(ARCHIVE).as("the image archive that package makes").isRegularFile();
        deleteRecursively(WORK);
        var archive = Files.createDirectories(WORK.resolve("archive"));
        run(List.of("tar", "-xf", ARCHIVE.toString(), "-C", archive.toString()));
        var manifests = JSON.readTree(archive.resolve("manifest.json").toFile());
        assertThat(manifests).as("one image in the archive").hasSize(1);
        var manifest = manifests.get(0);
        assertThat(strings(manifest.get("RepoTags")))
                .containsExactly("verme:" + System.getProperty("verme.version"), "verme:latest");
        config = JSON.readTree(archive.resolve(manifest.get("Config").asText()).toFile());
        layers = new ArrayList<>();
        manifest.get("Layers").forEach(layer -> layers.add(archive.resolve(layer.asText())));
    }

    /** The unpacked copy of the archive; the logs stay. */
    @AfterAll
    static void removeUnpackedArchive() throws IOException {
        deleteRecursively(WORK.resolve("archive"));
    }

    @Test
    void runsVermeAsItsOwnUserOnPort8080WithAHealthCheck() {
        var container = config.get("config");
        assertThat(config.get("os").asText()).isEqualTo("linux");
        assertThat(config.get("architecture").asText()).isEqualTo("amd64");
        assertThat(container.get("User").asText()).isEqualTo("10001:10001");
        assertThat(strings(container.get("Entrypoint")))
                .startsWith("java")
                .contains("-cp", "@/app/jib-classpath-file")
                .endsWith(VermeApplication.class.getName());
        assertThat(container.fieldNames()).toIterable().doesNotContain("Cmd");
        assertThat(container.get("ExposedPorts").fieldNames()).toIterable().containsExactly("8080/tcp");
        assertThat(container.get("WorkingDir").asText()).isEqualTo("/var/lib/verme");
        assertThat(container.get("Volumes").fieldNames()).toIterable().containsExactly("/var/lib/verme");
        assertThat(environment()).containsEntry("VERME_DATA_DIR", "/var/lib/verme/data")
                .containsEntry("VERME_AUDIT_KEY_FILE", "/var/lib/verme/verme-audit-ed25519.key")
                .containsEntry("JAVA_HOME", "/opt/java")
                .doesNotContainKey("SPRING_DATASOURCE_URL");
        assertThat(environment().get("PATH")).startsWith("/opt/java/bin:");

        var healthCheck = container.get("Healthcheck");
        assertThat(strings(healthCheck.get("Test")))
                .startsWith("CMD", "/opt/java/bin/java")
                .endsWith("-cp", "/app/classes", "fi.verme.app.monitoring.ReadinessCheck");
        assertThat(Duration.ofNanos(healthCheck.get("Interval").asLong())).isEqualTo(Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(healthCheck.get("Timeout").asLong())).isEqualTo(Duration.ofSeconds(10));
        assertThat(Duration.ofNanos(healthCheck.get("StartPeriod").asLong())).isEqualTo(Duration.ofMinutes(5));
        assertThat(healthCheck.get("Retries").asInt()).isEqualTo(3);
    }

    /** docker load refuses an archive whose layers are not the ones its configuration names. */
    @Test
    void layersAreTheOnesTheConfigurationNames() throws IOException {
        var named = strings(config.get("rootfs").get("diff_ids"));
        var found = new ArrayList<String>();
        for (var layer : layers) {
            found.add("sha256:" + sha256OfUncompressed(layer));
        }
        assertThat(found).isEqualTo(named);
    }

    /**
     * deploy/compose.yaml cannot run here (no Docker): it is checked against the image instead, and its
     * database's init script against the statements that ExternalPostgresTest proves.
     */
    @Test
    void composeFileRunsThisImageWithTheGuidesDatabase() throws IOException {
        Map<String, Map<String, Map<String, Object>>> compose =
                new Yaml().load(Files.readString(Path.of("..", "deploy", "compose.yaml")));
        var verme = compose.get("services").get("verme");
        var image = config.get("config");
        assertThat(verme.get("image")).isEqualTo("${VERME_IMAGE:-verme:latest}");
        assertThat(verme.get("ports")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("127.0.0.1:8080:" + image.get("ExposedPorts").fieldNames().next().replace("/tcp", ""));
        assertThat(verme.get("volumes")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("verme:" + image.get("Volumes").fieldNames().next());
        assertThat(verme.get("environment")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(compose.get("services").get("db").get("volumes")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("./initdb:/docker-entrypoint-initdb.d:ro");

        var script = Files.readString(Path.of("..", "deploy", "initdb", "10-verme.sh"));
        var sql = script.substring(script.indexOf("<<'SQL'\n") + "<<'SQL'\n".length(), script.lastIndexOf("\nSQL\n"));
        var statements = Arrays.stream(sql.split(";\\s*(\\n|$)")).map(String::strip)
                .filter(statement -> !statement.isEmpty()).toList();
        var guide = DebianPostgres.OperatorStatements.read().stream()
                .map(statement -> statement.replaceAll("PASSWORD '[^']*'", "PASSWORD :'password'")).toList();
        assertThat(statements).isEqualTo(guide);
    }

    @Test
    void startsOnItsOwnRuntimeAsItsUserAndAnswersItsHealthCheck() throws Exception {
        requireRootAndUtilLinux();
        var root = Files.createDirectories(WORK.resolve("rootfs"));
        for (var layer : layers) {
            run(List.of("tar", "--numeric-owner", "--warning=no-unknown-keyword", "-xzf", layer.toString(),
                    "-C", root.toString()));
        }
        assertThat(root.resolve("opt/java/lib/security/cacerts")).as("CA certificates as a file").isRegularFile();
        assertThat(Files.isSymbolicLink(root.resolve("opt/java/lib/security/cacerts"))).isFalse();
        var dataDirectory = root.resolve("var/lib/verme");
        assertThat(Files.getAttribute(dataDirectory, "unix:uid")).isEqualTo(10001);
        Files.createDirectories(root.resolve("dev"));
        Files.createDirectories(root.resolve("proc"));

        var container = config.get("config");
        var user = container.get("User").asText().split(":");
        int port = ChildApplication.freePort();
        var environment = environment();
        environment.put("SERVER_PORT", Integer.toString(port));
        // As a container limited to about 700 MB would give it (MaxRAMPercentage=75); the machine is shared.
        environment.put("JAVA_TOOL_OPTIONS", "-Xmx512m");
        // The demo year's seeding is the application's, tested elsewhere; here it would only add seconds.
        environment.put("VERME_DEMO_ENABLED", "false");

        var command = newContainer(root);
        command.addAll(strings(container.get("Entrypoint")));
        var log = WORK.resolve("verme.log").toFile();
        var verme = start(command, environment, log);
        try {
            ChildApplication.awaitReady(Api.anonymous(port), verme, log, Duration.ofMinutes(3));
            var java = verme.descendants()
                    .filter(process -> process.info().command().orElse("").endsWith("/opt/java/bin/java"))
                    .findFirst().orElseThrow(() -> new AssertionError("no java process in the container"));
            assertThat(uid(java)).as("the application's user").isEqualTo(10001);

            var anonymous = Api.anonymous(port);
            assertThat(anonymous.get("/").status()).as("the UI, from the image's resources").isEqualTo(200);
            assertThat(anonymous.get("/api/vocabulary").status()).isEqualTo(200);
            assertThat(Files.getAttribute(dataDirectory.resolve("data"), "unix:uid"))
                    .as("the embedded PostgreSQL's data, in the image's data directory").isEqualTo(10001);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dataDirectory.resolve("verme-audit-ed25519.key")))).isEqualTo("rw-------");

            var inContainer = new ArrayList<>(List.of(NSENTER, "--target", Long.toString(java.pid()), "--mount",
                    "--pid", "--root", "--wd", "--setuid", user[0], "--setgid", user[1], "--"));
            var healthCheck = healthCheck();
            inContainer.addAll(healthCheck);
            var healthy = run(inContainer, environment, WORK.resolve("health-check.log").toFile());
            assertThat(healthy.exitValue()).as("the health check while Verme is ready, see health-check.log")
                    .isZero();
            assertThat(Files.readString(WORK.resolve("health-check.log"))).contains("answered 200");

            java.destroy();
            assertThat(verme.waitFor(2, TimeUnit.MINUTES)).as("Verme stops on SIGTERM").isTrue();

            var afterwards = newContainer(root);
            afterwards.addAll(healthCheck);
            var stopped = run(afterwards, environment, WORK.resolve("health-check-stopped.log").toFile());
            assertThat(stopped.exitValue()).as("the health check once Verme has stopped").isEqualTo(1);

            // The operator's first administrator, as docs/operations.md gives it: the image's command, with a
            // password file that the image's user can read.
            var passwordFile = dataDirectory.resolve("admin-password");
            Files.writeString(passwordFile, "a long password for the image\n");
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Files.setAttribute(passwordFile, "unix:uid", 10001);
            var adminCreate = newContainer(root);
            adminCreate.addAll(strings(container.get("Entrypoint")));
            adminCreate.addAll(List.of("admin", "create", "--username", "it-admin", "--password-file",
                    "/var/lib/verme/admin-password"));
            var created = run(adminCreate, environment, WORK.resolve("admin-create.log").toFile());
            assertThat(created.exitValue()).as("admin create, see admin-create.log").isZero();
            assertThat(Files.readString(WORK.resolve("admin-create.log")))
                    .contains("Created it-admin", "as an admin of all organisers");
        } finally {
            if (verme.isAlive()) {
                verme.destroyForcibly().waitFor(); // --kill-child: everything in the container goes with it
            }
        }
        deleteRecursively(root);
    }

    /** The command that runs what follows it in a new container of the image unpacked in {@code root}. */
    private static List<String> newContainer(Path root) {
        var container = config.get("config");
        var user = container.get("User").asText().split(":");
        return new ArrayList<>(List.of(UNSHARE, "--mount", "--pid", "--fork", "--kill-child", "--propagation",
                "private", "--", "/bin/sh", "-c", CONTAINER, "container", root.toString(),
                container.get("WorkingDir").asText(), user[0], user[1]));
    }

    /**
     * Running the image needs root, util-linux's unshare and nsenter, and a host that lets a process make mount
     * and process namespaces (a container without those privileges does not). That is the host's to give, not
     * something the test command can install, so without it this part is skipped with a warning.
     */
    private static void requireRootAndUtilLinux() throws IOException, InterruptedException {
        boolean root = Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        boolean tools = Files.isExecutable(Path.of(UNSHARE)) && Files.isExecutable(Path.of(NSENTER));
        if (root && tools && new ProcessBuilder(UNSHARE, "--mount", "--pid", "--fork", "true")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0) {
            return;
        }
        var reason = "Running the image needs root, util-linux's unshare and nsenter, and mount and process "
                + "namespaces";
        System.err.println("[WARNING] " + reason + ": the image is not run here");
        Assumptions.abort(reason);
    }

    /** The health check's command, as Docker runs it: {@code CMD} means its arguments run as they are. */
    private static List<String> healthCheck() {
        var test = strings(config.get("config").get("Healthcheck").get("Test"));
        assertThat(test.get(0)).isEqualTo("CMD");
        return test.subList(1, test.size());
    }

    private static Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        for (var variable : strings(config.get("config").get("Env"))) {
            var nameAndValue = variable.split("=", 2);
            environment.put(nameAndValue[0], nameAndValue[1]);
        }
        return environment;
    }

    private static List<String> strings(JsonNode array) {
        var strings = new ArrayList<String>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }

    private static int uid(ProcessHandle process) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("Uid:"))
                .map(line -> Integer.parseInt(line.split("\\s+")[1]))
                .findFirst().orElseThrow();
    }

    private static String sha256OfUncompressed(Path layer) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(layer), 1 << 16)) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Process start(List<String> command, Map<String, String> environment, File log) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs a command to its end (at most two minutes), its output in {@code log}. */
    private static Process run(List<String> command, Map<String, String> environment, File log)
            throws IOException, InterruptedException {
        var process = start(command, environment, log);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end; see " + log);
        }
        return process;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0).as(String.join(" ", command))
                .isTrue();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
