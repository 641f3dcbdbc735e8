package fi.verme.app.demo;

import fi.verme.app.organisers.Organiser.Names;
import fi.verme.app.organisers.Organiser.Registration;
import fi.verme.app.organisers.Organisers;
import fi.verme.app.platform.storage.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's organiser in the register, so that its pages show the city's name and not its slug: registered
 * wherever the demo is, once (also in a demo seeded before organisers were registered); never changed after.
 */
@Component
@Order(1)
class DemoOrganiser implements ApplicationRunner {

    /** Seinäjoen kaupunki, with its real business ID; the address is the demo's own. */
    static final Registration SEINAJOKI = new Registration(
            new Names("Seinäjoen kaupunki", "Seinäjoki stad", "City of Seinäjoki"), "0204819-8",
            "verme.demo@example.fi", "fi", null);

    private final Organisers organisers;
    private final boolean enabled;

    DemoOrganiser(Organisers organisers, DatabaseMode mode, @Value("${verme.demo.enabled:#{null}}") Boolean enabled) {
        this.organisers = organisers;
        this.enabled = enabled != null ? enabled : mode == DatabaseMode.EMBEDDED;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            organisers.registerIfAbsent(DemoData.ORGANISER, SEINAJOKI, "demo-data");
        }
    }
}
