package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An organiser's logo through HTTP: its admin uploads a PNG or a JPEG and removes it, anyone sees it; what is not a
 * real PNG or JPEG is refused by field (whatever its Content-Type says), a body over 256 KB is refused before it is
 * read, and another organiser's admin can do neither. A refusal keeps the logo there was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserLogoApiTest {

    static final String PASSWORD = "logon-salasana-1";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    String organiser;
    Api admin;
    String logo;

    /** An image of the size given, encoded as {@code format} (png or jpg); noise makes it as large as wished. */
    static byte[] image(String format, int width, int height, boolean noise) {
        var picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new Color(13, 82, 92));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 8, height / 8, height * 3 / 4, height * 3 / 4);
        g.dispose();
        if (noise) {
            var random = new Random(7);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    picture.setRGB(x, y, random.nextInt());
                }
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png() {
        return image("png", 360, 96, false);
    }

    @BeforeEach
    void setUp() {
        organiser = Programmes.freshOrganiser();
        var registered = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD).post("/api/organisers",
                OrganisersApiTest.registration(organiser, "Logolan kunta", "Logola kommun", "fi"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        var userId = "logo-" + organiser;
        users.save(userId, PASSWORD, "Logon ylläpitäjä", null, null, null, true);
        users.setGrants(userId, List.of(new Grant(AccessRole.ADMIN, organiser)));
        admin = new Api(port).as(userId, PASSWORD);
        logo = "/api/organisers/" + organiser + "/logo";
    }

    @Test
    void theOrganisersAdminUploadsAPngThatAnyoneSeesAndRemovesIt() {
        assertThat(Api.anonymous(port).get(logo).status()).as("none yet").isEqualTo(404);
        var png = png();
        var uploaded = admin.bytes("PUT", logo, png, "image/png");
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(200);
        assertThat(uploaded.json().get("mediaType").asText()).isEqualTo("image/png");

        var seen = Api.anonymous(port).download(logo);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(uploaded.json().get("bytes").asInt()).isEqualTo(seen.body().length);
        assertThat(pixels(seen.body())).as("written anew, without loss").isEqualTo(pixels(png));

        // A JPEG sent as image/png is kept as what its bytes are.
        var jpeg = image("jpg", 200, 80, false);
        assertThat(admin.bytes("PUT", logo, jpeg, "image/png").json().get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(Api.anonymous(port).download(logo).headers().firstValue("Content-Type").orElse(""))
                .startsWith("image/jpeg");

        assertThat(admin.delete(logo).status()).isEqualTo(204);
        assertThat(Api.anonymous(port).get(logo).status()).isEqualTo(404);
        assertThat(admin.delete(logo).status()).as("nothing left to remove").isEqualTo(404);
    }

    @Test
    void somethingElseThanARealPngOrJpegIsRefusedByFieldAndKeepsTheLogoThereWas() {
        var png = png();
        assertThat(admin.bytes("PUT", logo, png, "image/png").status()).isEqualTo(200);
        var text = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        // A PNG's signature with nothing decodable after it, and a GIF: neither is a PNG or a JPEG.
        var pngSignatureOnly = Arrays.copyOf(png, 40);
        var gif = image("gif", 40, 40, false);
        // Files cut short, which a certificate could not show: a PNG without its end chunk, a JPEG's first half.
        var pngWithoutEnd = Arrays.copyOf(png, png.length - 12);
        var jpeg = image("jpg", 360, 96, true);
        var jpegHalf = Arrays.copyOf(jpeg, jpeg.length / 2);
        // And whole images with more after their end, which the logo's public address would serve.
        var jpegAndMore = Arrays.copyOf(jpeg, jpeg.length + 200);
        var pngAndMore = Arrays.copyOf(png, png.length + 200);
        for (var body : List.of(text, pngSignatureOnly, gif, new byte[0], pngWithoutEnd, jpegHalf, jpegAndMore,
                pngAndMore)) {
            var refused = admin.bytes("PUT", logo, body, "image/png");
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            var error = refused.json().get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("logo");
            assertThat(error.get("allowed").asText()).contains("PNG or JPEG", "256 KB");
        }
        assertThat(pixels(Api.anonymous(port).download(logo).body())).as("the logo there was").isEqualTo(pixels(png));
    }

    @Test
    void aLogoOver256KbIsRefusedBeforeItIsRead() {
        var large = image("png", 400, 400, true);
        assertThat(large.length).isGreaterThan(256 * 1024);
        var refused = admin.bytes("PUT", logo, large, "image/png");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(413);
        assertThat(refused.json().get("maxBodyBytes").asInt()).isEqualTo(256 * 1024);
        assertThat(Api.anonymous(port).get(logo).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganisersAdminCanNeitherUploadNorRemoveIt() {
        assertThat(admin.bytes("PUT", logo, png(), "image/png").status()).isEqualTo(200);
        var other = Programmes.freshOrganiser();
        var userId = "toinen-" + other;
        users.save(userId, PASSWORD, "Toisen ylläpitäjä", null, null, null, true);
        users.setGrants(userId, List.of(new Grant(AccessRole.ADMIN, other), new Grant(AccessRole.COORDINATOR,
                organiser)));
        var stranger = new Api(port).as(userId, PASSWORD);
        assertThat(stranger.bytes("PUT", logo, image("png", 50, 50, false), "image/png").status()).isEqualTo(403);
        assertThat(stranger.delete(logo).status()).isEqualTo(403);
        assertThat(pixels(Api.anonymous(port).download(logo).body())).isEqualTo(pixels(png()));
    }

    /** An image's pixels, as ARGB. */
    static int[] pixels(byte[] image) {
        try {
            var picture = ImageIO.read(new ByteArrayInputStream(image));
            return picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLogoLargerThanACertificateNeedsIsKeptScaledDownOfItsOwnKind() throws IOException {
        var large = image("jpg", 2400, 600, false);
        var uploaded = admin.bytes("PUT", logo, large, "image/jpeg");
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(200);
        assertThat(uploaded.json().get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(uploaded.json().get("bytes").asInt()).as("smaller, not larger").isLessThan(large.length);
        var seen = Api.anonymous(port).download(logo);
        assertThat(seen.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
        assertThat(uploaded.json().get("bytes").asInt()).isEqualTo(seen.body().length);
        var kept = ImageIO.read(new ByteArrayInputStream(seen.body()));
        assertThat(kept.getWidth()).as("1200 pixels on its longer side").isEqualTo(1200);
        assertThat(kept.getHeight()).as("its proportions kept").isEqualTo(300);
        // The picture itself, scaled: the white circle (its centre at 525, 300 before) on the dark green.
        var circle = new Color(kept.getRGB(262, 150));
        assertThat(List.of(circle.getRed(), circle.getGreen(), circle.getBlue())).allMatch(channel -> channel > 235);
        assertThat(new Color(kept.getRGB(10, 10)).getRed()).isLessThan(40);

        // A PNG stays a PNG, its transparency with it.
        var transparent = new BufferedImage(1500, 700, BufferedImage.TYPE_INT_ARGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(transparent, "png", out);
        var png = admin.bytes("PUT", logo, out.toByteArray(), "image/png");
        assertThat(png.json().get("mediaType").asText()).isEqualTo("image/png");
        var keptPng = ImageIO.read(new ByteArrayInputStream(Api.anonymous(port).download(logo).body()));
        assertThat(keptPng.getWidth()).isEqualTo(1200);
        assertThat(keptPng.getHeight()).isEqualTo(560);
        assertThat(keptPng.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(keptPng.getRGB(600, 280), true).getAlpha()).isZero();
    }

    @Test
    void nothingAFileCarriesBesideItsPictureIsKeptOrServed() {
        var jpeg = image("jpg", 200, 80, false);
        var hidden = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        // Inside a comment segment, within the format's rules, and after the image, before a second end marker.
        var comment = new ByteArrayOutputStream();
        comment.write(jpeg, 0, 2);
        comment.write(0xff);
        comment.write(0xfe);
        comment.write((hidden.length + 2) >> 8);
        comment.write((hidden.length + 2) & 0xff);
        comment.write(hidden, 0, hidden.length);
        comment.write(jpeg, 2, jpeg.length - 2);
        var appended = new ByteArrayOutputStream();
        appended.write(jpeg, 0, jpeg.length);
        appended.write(0xff);
        appended.write(0xd8);
        appended.write(hidden, 0, hidden.length);
        appended.write(0xff);
        appended.write(0xd9);
        for (var body : List.of(comment.toByteArray(), appended.toByteArray())) {
            var uploaded = admin.bytes("PUT", logo, body, "image/jpeg");
            assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(200);
            var served = new String(Api.anonymous(port).download(logo).body(), StandardCharsets.ISO_8859_1);
            assertThat(served).doesNotContain("script");
        }
    }

    @Test
    void aLogoIsForARegisteredOrganiser() {
        var unregistered = "/api/organisers/" + Programmes.freshOrganiser() + "/logo";
        var installation = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        assertThat(installation.bytes("PUT", unregistered, png(), "image/png").status()).isEqualTo(404);
    }
}
