package fi.verme.app.demo;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import fi.verme.app.platform.storage.DatabaseMode;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.GroupView;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One local account per role for the demo programme, with the password from {@code VERME_DEMO_PASSWORD}
 * (or a default, printed with a warning). They exist only where the demo does: by default in embedded
 * mode, never in external-database mode unless asked.
 */
@Component
@Order(2) // after the demo programme, whose mentor and participant the accounts act as
class DemoAccounts implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    static final String DEFAULT_PASSWORD = "verme-demo-salasana";

    private final UserAccounts users;
    private final QueryGateway queries;
    private final Clock clock;
    private final boolean enabled;
    private final String password;

    DemoAccounts(UserAccounts users, QueryGateway queries, Clock clock, DatabaseMode mode,
                 @Value("${verme.demo.enabled:#{null}}") Boolean enabled,
                 @Value("${verme.demo.password:}") String password) {
        this.users = users;
        this.queries = queries;
        this.clock = clock;
        this.enabled = mode.hasDemo(enabled);
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        var secret = password == null || password.isBlank() ? DEFAULT_PASSWORD : password;
        if (secret.equals(DEFAULT_PASSWORD)) {
            LOG.warn("Demo accounts use the default password '{}'; set VERME_DEMO_PASSWORD to choose another", secret);
        }
        var year = new ProgrammeYear(DemoData.ORGANISER, ProgrammeYear.schoolYearOf(LocalDate.now(clock)));
        var firstGroup = queries.query(new FindGroup(DemoData.demoId(year + "-group-0")),
                ResponseTypes.optionalInstanceOf(GroupView.class)).join();
        var mentorPerson = firstGroup.map(g -> g.mentors().get(0).personId()).orElse(null);
        var participantPerson = firstGroup.filter(g -> !g.members().isEmpty())
                .map(g -> g.members().get(0).personId()).orElse(null);
        var organiser = DemoData.ORGANISER;
        account("koordinaattori", "Koordinaattori (demo)", null, secret, new Grant(AccessRole.COORDINATOR, organiser));
        account("mentori", "Mentori (demo)", mentorPerson, secret, new Grant(AccessRole.MENTOR, organiser));
        account("osallistuja", "Osallistuja (demo)", participantPerson, secret, new Grant(AccessRole.PARTICIPANT, organiser));
        account("talous", "Talous (demo)", null, secret, new Grant(AccessRole.FINANCE, organiser));
        account("tarkastaja", "Tarkastaja (demo)", null, secret, new Grant(AccessRole.AUDITOR, Grant.ALL_ORGANISERS));
        account("admin", "Ylläpitäjä (demo)", null, secret, new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS));
        LOG.info("Demo accounts: koordinaattori, mentori, osallistuja, talous, tarkastaja, admin");
    }

    private void account(String userId, String name, String personId, String secret, Grant grant) {
        users.save(userId, secret, name, null, null, personId, true);
        users.setGrants(userId, List.of(grant));
    }
}
