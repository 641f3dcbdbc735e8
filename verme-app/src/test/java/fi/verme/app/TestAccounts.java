package fi.verme.app;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccounts;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The tests' machine client: a coordinator, finance officer and auditor of every organiser, so that
 * the API tests call every endpoint logged in, as real clients do. Exists only on the test class path, and not
 * where a test turns it off ({@code verme.test-accounts.enabled=false}: an installation without any admin).
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "verme.test-accounts.enabled", havingValue = "true", matchIfMissing = true)
class TestAccounts implements ApplicationRunner {

    static final String TESTER = "tester";
    static final String PASSWORD = "tester-salasana-1";
    /** An admin, for the few admin-only endpoints (users, erasure). */
    static final String ADMIN = "test-admin";

    private final UserAccounts users;

    TestAccounts(UserAccounts users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.save(TESTER, PASSWORD, "Testiasiakas", null, null, null, true);
        users.setGrants(TESTER, List.of(new Grant(AccessRole.COORDINATOR, Grant.ALL_ORGANISERS),
                new Grant(AccessRole.FINANCE, Grant.ALL_ORGANISERS), new Grant(AccessRole.AUDITOR, Grant.ALL_ORGANISERS)));
        users.save(ADMIN, PASSWORD, "Testiylläpitäjä", null, null, null, true);
        users.setGrants(ADMIN, List.of(new Grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS)));
    }
}
