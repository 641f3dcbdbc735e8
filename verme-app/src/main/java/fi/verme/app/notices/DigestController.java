package fi.verme.app.notices;

import fi.verme.app.access.CurrentUser;
import fi.verme.app.access.UserAccount;
import fi.verme.app.access.UserAccounts;
import fi.verme.shared.InvalidInputException;
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
    private final UserAccounts users;

    DigestController(WeeklyDigest digest, UserAccounts users) {
        this.digest = digest;
        this.users = users;
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
        if (body.weekly() && users.find(userId).map(UserAccount::email).isEmpty()) {
            // It would never arrive: the account has no address to send it to.
            throw new InvalidInputException("weekly", "false, until an admin gives your account an e-mail address");
        }
        digest.subscribe(userId, body.weekly());
        return new DigestChoice(digest.subscribed(userId));
    }
}
