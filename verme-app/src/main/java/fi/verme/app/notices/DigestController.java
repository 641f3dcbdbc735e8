package fi.verme.app.notices;

import fi.verme.app.access.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A coordinator takes the weekly digest, or stops it, on their own page. */
@RestController
class DigestController {

    private final WeeklyDigest digest;

    DigestController(WeeklyDigest digest) {
        this.digest = digest;
    }

    record DigestChoice(@NotNull Boolean weekly) {
    }

    @GetMapping("/api/me/digest")
    DigestChoice get() {
        return new DigestChoice(digest.subscribed(CurrentUser.userId().orElseThrow()));
    }

    @PutMapping("/api/me/digest")
    DigestChoice set(@Valid @RequestBody DigestChoice body) {
        var userId = CurrentUser.userId().orElseThrow();
        digest.subscribe(userId, body.weekly());
        return new DigestChoice(digest.subscribed(userId));
    }
}
