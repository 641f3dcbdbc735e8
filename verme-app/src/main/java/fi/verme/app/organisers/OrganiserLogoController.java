package fi.verme.app.organisers;

import fi.verme.app.access.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organiser's logo over HTTP: its admins and the installation's upload it as the request's body (PNG or JPEG) and
 * remove it; anyone may see it, as on the certificates it is printed on (AccessRules).
 */
@RestController
class OrganiserLogoController {

    private final OrganiserLogos logos;

    OrganiserLogoController(OrganiserLogos logos) {
        this.logos = logos;
    }

    /** What was kept: the organiser, the image's media type (by its bytes) and its size. */
    record LogoView(String organiser, String mediaType, int bytes) {
    }

    /** The image is the body itself, up to 256 KB; its kind is told by its bytes, not by the Content-Type. */
    @PutMapping(path = "/api/organisers/{organiser}/logo",
            consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    LogoView upload(@PathVariable String organiser, @RequestBody(required = false) byte[] image) {
        var logo = logos.store(organiser, image == null ? new byte[0] : image, CurrentUser.userId().orElseThrow());
        return new LogoView(organiser, logo.mediaType(), logo.image().length);
    }

    @GetMapping(path = "/api/organisers/{organiser}/logo", produces = {MediaType.IMAGE_PNG_VALUE,
            MediaType.IMAGE_JPEG_VALUE})
    ResponseEntity<byte[]> logo(@PathVariable String organiser) {
        var logo = logos.find(organiser).orElseThrow(() -> new OrganiserLogoNotFoundException(organiser));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType()))
                .cacheControl(CacheControl.noCache()).body(logo.image());
    }

    @DeleteMapping("/api/organisers/{organiser}/logo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable String organiser) {
        if (!logos.remove(organiser, CurrentUser.userId().orElseThrow())) {
            throw new OrganiserLogoNotFoundException(organiser);
        }
        return ResponseEntity.noContent().build();
    }
}
