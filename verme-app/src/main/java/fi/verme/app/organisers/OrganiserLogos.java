package fi.verme.app.organisers;

import fi.verme.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisers' logos ({@code app.organiser_logo}), which their certificates show: a PNG or a JPEG, known by its
 * first bytes (whatever the upload called it) and decoded whole by ImageIO before it is kept, so that what is kept is
 * a real image of that kind; its width and height are read before the pixels are, so that a small file that would
 * unpack to a huge image is refused without unpacking it. How large the upload may be is decided where every body's
 * size is, in the security chain ({@code RequestLimits}).
 */
@Component
public class OrganiserLogos {

    static final int MAX_PIXELS_PER_SIDE = 4000;
    /** What a logo may be; its 256 KB are enforced with every body's size, in the security chain. */
    static final String ALLOWED = "a PNG or JPEG image of at most 256 KB and " + MAX_PIXELS_PER_SIDE + " × "
            + MAX_PIXELS_PER_SIDE + " pixels";

    private static final Logger LOG = LoggerFactory.getLogger(OrganiserLogos.class);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

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

    /** Keeps the image as the registered organiser's logo, in place of the one it had; refused unless a PNG or JPEG. */
    Logo store(String organiser, byte[] image, String by) {
        var logo = new Logo(mediaTypeOf(image), image);
        int stored = jdbc.update("""
                insert into app.organiser_logo (organiser, media_type, image, changed_by)
                select slug, ?, ?, ? from app.organiser where slug = ?
                on conflict (organiser) do update set media_type = excluded.media_type, image = excluded.image,
                    changed_at = now(), changed_by = excluded.changed_by""",
                logo.mediaType(), image, by, organiser);
        if (stored == 0) {
            throw new OrganiserNotFoundException(organiser);
        }
        LOG.info("Organiser {}'s logo ({}, {} bytes) stored by {}", organiser, logo.mediaType(), image.length, by);
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

    /** image/png or image/jpeg by the first bytes, once ImageIO has decoded the whole image as that kind. */
    private static String mediaTypeOf(byte[] image) {
        String type = startsWith(image, PNG) ? "png" : startsWith(image, JPEG) ? "jpeg" : null;
        if (type == null) {
            throw new InvalidInputException("logo", ALLOWED);
        }
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = ImageIO.getImageReadersByFormatName(type);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("logo", ALLOWED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_PIXELS_PER_SIDE || reader.getHeight(0) > MAX_PIXELS_PER_SIDE) {
                    throw new InvalidInputException("logo", ALLOWED);
                }
                if (reader.read(0) == null) {
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
        return "image/" + type;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
