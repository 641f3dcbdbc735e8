package fi.verme.app.demo;

import fi.verme.app.platform.storage.DatabaseMode;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether this installation has the demo, for the login page's hint about the demo accounts: their names when
 * it does, 404 when it does not (a production installation says nothing about accounts it has not got).
 */
@RestController
class DemoController {

    /** The demo's accounts, as DemoAccounts makes them. */
    static final List<String> ACCOUNTS = List.of("koordinaattori", "mentori", "osallistuja", "talous", "tarkastaja",
            "admin");

    private final boolean enabled;

    DemoController(DatabaseMode mode, @Value("${verme.demo.enabled:#{null}}") Boolean enabled) {
        this.enabled = enabled != null ? enabled : mode == DatabaseMode.EMBEDDED;
    }

    record Demo(List<String> accounts) {
    }

    @GetMapping("/api/demo")
    ResponseEntity<Demo> demo() {
        return enabled ? ResponseEntity.ok(new Demo(ACCOUNTS)) : ResponseEntity.notFound().build();
    }
}
