package fi.verme.app.organisers;

import fi.verme.shared.InvalidInputException;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisers' logos ({@code app.organiser_logo}), which their certificates show: a PNG or a JPEG, known by its
 * first bytes (whatever the upload called it) and decoded whole by ImageIO before it is kept, so that what is kept is
 * a real image of that kind; its width and height are read before the pixels are, so that a small file that would
 * unpack to a huge image is refused without unpacking it. A file cut short or with more after its end is refused
 * too (a PNG must end with its end chunk, a JPEG with its end marker, and ImageIO must read it without a warning),
 * since a certificate could not show it. What is kept is the decoded picture written anew, of its own kind (a PNG
 * as a PNG, without loss; a JPEG as a JPEG), so that nothing else the file carried is kept or served from the logo's
 * public address: no data hidden after an image or inside its segments, no camera's metadata. A logo larger than
 * {@value #KEPT_PIXELS_PER_SIDE} pixels on a side is kept scaled down to fit, so that no certificate has to carry or
 * scale a huge image. How large the upload may be is decided where every body's size is, in the security
 * chain ({@code RequestLimits}).
 */
@Component
public class OrganiserLogos {

    static final int MAX_PIXELS_PER_SIDE = 4000;
    /** Ample for print: a certificate's logo box is 2.5 inches wide, 750 pixels at 300 dpi. */
    static final int KEPT_PIXELS_PER_SIDE = 1200;
    /** What a logo may be; its 256 KB are enforced with every body's size, in the security chain. */
    static final String ALLOWED = "a PNG or JPEG image of at most 256 KB and " + MAX_PIXELS_PER_SIDE + " × "
            + MAX_PIXELS_PER_SIDE + " pixels";

    private static final Logger LOG = LoggerFactory.getLogger(OrganiserLogos.class);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    /** A PNG's last chunk, whole: no data, the type IEND, its CRC. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    /** A JPEG's end-of-image marker. */
    private static final byte[] JPEG_END = {(byte) 0xff, (byte) 0xd9};
    /** The quality a JPEG is written anew at: no visible loss at the size a certificate prints it. */
    private static final float JPEG_QUALITY = 0.9f;

    private final JdbcTemplate jdbc;

    OrganiserLogos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A logo as kept: its media type and bytes. */
    public record Logo(String mediaType, byte[] image) {
    }

    public Optional<Logo> find(String organiser) {
        return jdbc.query("select media_type, image from app.organiser_logo where organiser = ?",
                (rs, row) -> new Logo(rs.getString(1), rs.getBytes(2)), organiser).stream().findFirst();
    }

    /**
     * Keeps the image, written anew (scaled down if larger than {@value #KEPT_PIXELS_PER_SIDE} pixels on a side), as
     * the registered organiser's logo, in place of the one it had; refused unless a whole PNG or JPEG, with nothing
     * after it.
     */
    Logo store(String organiser, byte[] image, String by) {
        var logo = kept(image);
        int stored = jdbc.update("""
                insert into app.organiser_logo (organiser, media_type, image, changed_by)
                select slug, ?, ?, ? from app.organiser where slug = ?
                on conflict (organiser) do update set media_type = excluded.media_type, image = excluded.image,
                    changed_at = now(), changed_by = excluded.changed_by""",
                logo.mediaType(), logo.image(), by, organiser);
        if (stored == 0) {
            throw new OrganiserNotFoundException(organiser);
        }
        LOG.info("Organiser {}'s logo ({}, {} bytes) stored by {}", organiser, logo.mediaType(), logo.image().length,
                by);
        return logo;
    }

    /** Removes the organiser's logo; its certificates go without one. Whether it had one. */
    boolean remove(String organiser, String by) {
        boolean removed = jdbc.update("delete from app.organiser_logo where organiser = ?", organiser) > 0;
        if (removed) {
            LOG.info("Organiser {}'s logo removed by {}", organiser, by);
        }
        return removed;
    }

    /**
     * The logo to keep, if ImageIO decodes the upload whole, without a warning, as the kind its first bytes say, and
     * it ends where that kind ends: its picture written anew as that kind, scaled down to fit
     * {@value #KEPT_PIXELS_PER_SIDE} pixels a side if larger.
     */
    private static Logo kept(byte[] image) {
        String type = startsWith(image, PNG) ? "png" : startsWith(image, JPEG) ? "jpeg" : null;
        if (type == null || !endsWith(image, type.equals("png") ? PNG_END : JPEG_END)) {
            throw new InvalidInputException("logo", ALLOWED);
        }
        BufferedImage picture;
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = ImageIO.getImageReadersByFormatName(type);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("logo", ALLOWED);
            }
            ImageReader reader = readers.next();
            var warned = new AtomicBoolean();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
                    throw new InvalidInputException("logo", ALLOWED);
                }
                picture = reader.read(0);
                if (picture == null || warned.get()) {
                    throw new InvalidInputException("logo", ALLOWED);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("logo", ALLOWED);
        }
        return new Logo("image/" + type, encoded(redrawn(picture, KEPT_PIXELS_PER_SIDE, type), type));
    }

    /**
     * The picture drawn anew in 8-bit RGB (with its transparency, for a PNG that has one), scaled down to fit
     * {@code side} × {@code side} if larger, halved step by step so that no detail aliases.
     */
    private static BufferedImage redrawn(BufferedImage picture, int side, String type) {
        double scale = Math.min(1, Math.min((double) side / picture.getWidth(), (double) side / picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        int kind = type.equals("png") && picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB;
        var current = picture;
        do {
            int stepWidth = Math.max(width, current.getWidth() / 2);
            int stepHeight = Math.max(height, current.getHeight() / 2);
            var step = new BufferedImage(stepWidth, stepHeight, kind);
            var g = step.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, stepWidth, stepHeight, null);
            g.dispose();
            current = step;
        } while (current.getWidth() > width || current.getHeight() > height);
        return current;
    }

    /** The picture as a PNG, or as a JPEG of {@value #JPEG_QUALITY} quality. */
    private static byte[] encoded(BufferedImage picture, String type) {
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName(type).next();
        try (var to = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(to);
            var parameters = writer.getDefaultWriteParam();
            if (type.equals("jpeg")) {
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(picture, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("An image is written to memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        return bytes.length >= suffix.length
                && Arrays.equals(bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
