package fi.verme.app.demo;

import fi.verme.app.organisers.Organiser.Names;
import fi.verme.app.organisers.Organiser.Registration;
import fi.verme.app.organisers.Organisers;
import fi.verme.app.organisers.PrivacyNotices;
import fi.verme.app.platform.storage.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's organiser in the register, so that its pages show the city's name and not its slug, with a privacy
 * notice, so that its public form is published: registered wherever the demo is, once (also in a demo seeded
 * before organisers were registered); never changed after.
 */
@Component
@Order(0) // before the demo's year, whose messages name the city
class DemoOrganiser implements ApplicationRunner {

    /** Seinäjoen kaupunki, with its real business ID; the address is the demo's own. */
    static final Registration SEINAJOKI = new Registration(
            new Names("Seinäjoen kaupunki", "Seinäjoki stad", "City of Seinäjoki"), "0204819-8",
            "verme.demo@example.fi", "fi", null);

    /** The demo's privacy notice: what a real one covers, said briefly. */
    static final String NOTICE_FI = """
            Rekisterinpitäjä: Seinäjoen kaupunki (demo), verme.demo@example.fi.
            Käyttötarkoitus: vertaisryhmämentoroinnin ryhmiin sijoittaminen, tapaamisten kirjaaminen ja \
            todistukset. Peruste: yleisen edun mukainen tehtävä ja suostumus.
            Säilytys: lukuvuoden ajan ja sen jälkeen kirjanpidon edellyttämän ajan.
            Oikeutesi: saada tietää, mitä tietoja sinusta on, oikaista ne, pyytää niiden poistamista ja tehdä \
            valitus tietosuojavaltuutetulle.""";
    static final String NOTICE_SV = """
            Personuppgiftsansvarig: Seinäjoki stad (demo), verme.demo@example.fi.
            Ändamål: placering i kamratmentorgrupper, registrering av träffar och intyg. Grund: uppgift av \
            allmänt intresse och samtycke.
            Lagring: under läsåret och därefter den tid bokföringen kräver.
            Dina rättigheter: få veta vilka uppgifter som finns om dig, rätta dem, begära att de raderas och \
            klaga hos dataombudsmannen.""";

    private final Organisers organisers;
    private final PrivacyNotices notices;
    private final boolean enabled;

    DemoOrganiser(Organisers organisers, PrivacyNotices notices, DatabaseMode mode,
                  @Value("${verme.demo.enabled:#{null}}") Boolean enabled) {
        this.organisers = organisers;
        this.notices = notices;
        this.enabled = mode.hasDemo(enabled);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            organisers.registerIfAbsent(DemoData.ORGANISER, SEINAJOKI, "demo-data");
            notices.writeIfAbsent(DemoData.ORGANISER, NOTICE_FI, NOTICE_SV, null, "demo-data");
        }
    }
}
