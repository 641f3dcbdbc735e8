package fi.verme.app.organisers;

import fi.verme.app.access.OrganiserIdentityProviders;
import fi.verme.app.organisers.Organiser.Names;
import fi.verme.app.organisers.Organiser.Registration;
import fi.verme.shared.FindProgrammeTitle;
import fi.verme.shared.ProgrammeYear;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisers' register ({@code app.organiser}), and the names people read instead of slugs: an
 * organiser's registered name in the reader's language (Finnish when it has none in it; the slug while the
 * organiser is not registered) and a programme year's title, {@code Seinäjoen kaupunki 2026–2027}. The
 * modules ask for a title with {@link FindProgrammeTitle}.
 */
@Component
public class Organisers implements OrganiserIdentityProviders {

    private static final Logger LOG = LoggerFactory.getLogger(Organisers.class);

    private final JdbcTemplate jdbc;

    Organisers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organiser> find(String slug) {
        return jdbc.query("select * from app.organiser where slug = ?", Organisers::organiser, slug).stream()
                .findFirst();
    }

    @Override
    public Map<String, String> identityProvidersOf(Collection<String> slugs) {
        var providers = new HashMap<String, String>();
        jdbc.query("select slug, identity_provider from app.organiser where slug = any (?) and identity_provider "
                + "is not null", rs -> {
            providers.put(rs.getString("slug"), rs.getString("identity_provider"));
        }, (Object) slugs.toArray(String[]::new));
        return providers;
    }

    /** Every registered organiser, by slug. */
    public List<Organiser> list() {
        return jdbc.query("select * from app.organiser order by slug", Organisers::organiser);
    }

    /** The registered organisers among these slugs, by slug. */
    public List<Organiser> list(Collection<String> slugs) {
        return jdbc.query("select * from app.organiser where slug = any (?) order by slug", Organisers::organiser,
                (Object) slugs.toArray(String[]::new));
    }

    /** Registers a new organiser; refused if the slug is registered already. */
    public Organiser register(String slug, Registration registration, String by) {
        if (!registerIfAbsent(slug, registration, by)) {
            throw new OrganiserExistsException(slug);
        }
        return find(slug).orElseThrow();
    }

    /** Registers the organiser unless its slug is registered already (then changes nothing): whether it did. */
    public boolean registerIfAbsent(String slug, Registration registration, String by) {
        int added = jdbc.update("""
                insert into app.organiser (slug, name_fi, name_sv, name_en, business_id, contact_email, default_language,
                    identity_provider, registered_by, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (slug) do nothing""", slug, registration.name().fi(), registration.name().sv(),
                registration.name().en(), registration.businessId(), registration.contactEmail(),
                registration.defaultLanguage(), registration.identityProvider(), by, by);
        if (added > 0) {
            LOG.info("Organiser {} ({}) registered by {}", slug, registration.name().fi(), by);
        }
        return added > 0;
    }

    /** Changes a registered organiser's names and details; its slug stays. */
    public Organiser change(String slug, Registration registration, String by) {
        int changed = jdbc.update("""
                update app.organiser set name_fi = ?, name_sv = ?, name_en = ?, business_id = ?, contact_email = ?,
                    default_language = ?, identity_provider = ?, changed_at = now(), changed_by = ?
                where slug = ?""", registration.name().fi(), registration.name().sv(), registration.name().en(),
                registration.businessId(), registration.contactEmail(), registration.defaultLanguage(),
                registration.identityProvider(), by, slug);
        if (changed == 0) {
            throw new OrganiserNotFoundException(slug);
        }
        LOG.info("Organiser {} changed by {}", slug, by);
        return find(slug).orElseThrow();
    }

    /** The organiser's name in the language (Finnish if it has none in it), or its slug while not registered. */
    public String name(String slug, String language) {
        return find(slug).map(organiser -> organiser.name().in(language)).orElse(slug);
    }

    /** The language the organiser's people are written to when theirs is not known: Finnish unless registered. */
    public String defaultLanguage(String slug) {
        return find(slug).map(Organiser::defaultLanguage).orElse("fi");
    }

    /** What people read for a programme year: {@code Seinäjoen kaupunki 2026–2027}. */
    public String title(ProgrammeYear year, String language) {
        return name(year.organiser(), language) + " " + schoolYear(year.schoolYear());
    }

    /** A school year as people write it, with an en dash: {@code 2026–2027}. */
    public static String schoolYear(String schoolYear) {
        return schoolYear.replace('-', '–');
    }

    @QueryHandler
    String title(FindProgrammeTitle query) {
        return title(query.programmeYear(), query.language());
    }

    private static Organiser organiser(ResultSet rs, int row) throws SQLException {
        return new Organiser(rs.getString("slug"),
                new Names(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
                rs.getString("business_id"), rs.getString("contact_email"), rs.getString("default_language"),
                rs.getString("identity_provider"), rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"));
    }
}
