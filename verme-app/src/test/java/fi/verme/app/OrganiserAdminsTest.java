package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.Grant;
import fi.verme.app.access.UserAccount;
import fi.verme.app.access.UserAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin of one organiser ({@code ADMIN} granted for it) manages the accounts and grants of that organiser
 * through the admin API, and nothing beyond: no grant for another organiser or for all, no account of the
 * installation's admins or of another organiser, no organiser's registration. Every refusal changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganiserAdminsTest {

    static final String PASSWORD = "jarjestajan-salasana";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String account(String name, Grant... grants) {
        var userId = name + "-" + tag;
        users.save(userId, PASSWORD, name, null, null, null, true);
        users.setGrants(userId, List.of(grants));
        return userId;
    }

    @SafeVarargs
    private static Map<String, Object> user(String name, String password, Map<String, String>... grants) {
        var body = new HashMap<String, Object>();
        body.put("displayName", name);
        if (password != null) {
            body.put("password", password);
        }
        body.put("grants", List.of(grants));
        return body;
    }

    private static Map<String, String> grant(AccessRole role, String organiser) {
        return Map.of("role", role.name(), "organiser", organiser);
    }

    @Test
    void anOrganisersAdminManagesItsOwnAccountsAndGrantsOnly() {
        var organiser = Programmes.freshOrganiser();
        var other = Programmes.freshOrganiser();
        var adminId = account("jadmin", new Grant(AccessRole.ADMIN, organiser));
        var admin = new Api(port).as(adminId, PASSWORD);

        // Creates an account of its organiser, naming the organiser; the new coordinator signs in with it.
        var newUser = "koord-" + tag;
        var created = admin.put("/api/admin/users/" + newUser + "?organiser=" + organiser,
                user("Uusi koordinaattori", PASSWORD, grant(AccessRole.COORDINATOR, organiser)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        var me = new Api(port).as(newUser, PASSWORD).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("grants").get(0).get("organiser").asText()).isEqualTo(organiser);
        // Grants another of its organiser's admins, and lists exactly its organiser's accounts.
        assertThat(admin.put("/api/admin/users/" + newUser, user("Uusi koordinaattori", null,
                grant(AccessRole.COORDINATOR, organiser), grant(AccessRole.ADMIN, organiser))).status()).isEqualTo(200);
        var listed = admin.get("/api/admin/users?organiser=" + organiser);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(listed.json().spliterator(), false).map(u -> u.get("userId").asText()))
                .containsExactlyInAnyOrder(adminId, newUser);

        // Refused, and nothing changes: a grant for all organisers, or for another one.
        var refusedAll = admin.put("/api/admin/users/kaikki-" + tag + "?organiser=" + organiser,
                user("Kaikkien", PASSWORD, grant(AccessRole.ADMIN, Grant.ALL_ORGANISERS)));
        assertThat(refusedAll.status()).isEqualTo(403);
        assertThat(refusedAll.json().get("type").asText()).isEqualTo("urn:verme:problem:grant-outside-organiser");
        assertThat(users.find("kaikki-" + tag)).isEmpty();
        assertThat(admin.put("/api/admin/users/" + newUser, user("Uusi koordinaattori", null,
                grant(AccessRole.COORDINATOR, organiser), grant(AccessRole.FINANCE, other))).status()).isEqualTo(403);
        assertThat(admin.put("/api/admin/users/" + adminId, user("Itse", null, grant(AccessRole.ADMIN,
                Grant.ALL_ORGANISERS))).status()).isEqualTo(403);
        assertThat(users.find(adminId).map(UserAccount::grants).orElseThrow())
                .containsExactly(new Grant(AccessRole.ADMIN, organiser));
        assertThat(users.find(newUser).map(UserAccount::grants).orElseThrow()).hasSize(2)
                .allMatch(g -> g.organiser().equals(organiser));

        // A new account without naming the organiser (a 400 naming the parameter), or for another organiser.
        var unnamed = admin.put("/api/admin/users/nimeton-" + tag, user("Nimetön", PASSWORD,
                grant(AccessRole.COORDINATOR, organiser)));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().at("/errors/0/field").asText()).isEqualTo("organiser");
        assertThat(admin.put("/api/admin/users/toinen-" + tag + "?organiser=" + other, user("Toinen", PASSWORD,
                grant(AccessRole.COORDINATOR, other))).status()).isEqualTo(403);
        assertThat(users.find("nimeton-" + tag)).isEmpty();
        assertThat(users.find("toinen-" + tag)).isEmpty();

        // Accounts it does not manage: the installation's admin, another organiser's, one with grants elsewhere too.
        var mixed = account("sekalainen", new Grant(AccessRole.COORDINATOR, organiser),
                new Grant(AccessRole.COORDINATOR, other));
        var others = account("vieras", new Grant(AccessRole.COORDINATOR, other));
        for (var userId : List.of(TestAccounts.ADMIN, mixed, others)) {
            var before = users.find(userId).orElseThrow();
            assertThat(admin.get("/api/admin/users/" + userId).status()).as(userId).isEqualTo(403);
            assertThat(admin.put("/api/admin/users/" + userId, user("Kaapattu", "kaapattu-salasana-1",
                    grant(AccessRole.ADMIN, organiser))).status()).as(userId).isEqualTo(403);
            assertThat(users.find(userId)).contains(before);
        }
        var allUsers = admin.get("/api/admin/users");
        assertThat(allUsers.status()).isEqualTo(400);
        assertThat(allUsers.json().get("type").asText()).isEqualTo("urn:verme:problem:validation");
        assertThat(allUsers.json().at("/errors/0/field").asText()).isEqualTo("organiser");
        assertThat(admin.get("/api/admin/users?organiser=" + other).status()).isEqualTo(403);

        // An account without grants would be nobody's but the installation's: it is closed by disabling it.
        var withoutGrants = admin.put("/api/admin/users/" + newUser, user("Uusi koordinaattori", null));
        assertThat(withoutGrants.status()).isEqualTo(400);
        assertThat(withoutGrants.json().get("errors").get(0).get("field").asText()).isEqualTo("grants");
        var disable = user("Uusi koordinaattori", null, grant(AccessRole.COORDINATOR, organiser));
        disable.put("enabled", false);
        assertThat(admin.put("/api/admin/users/" + newUser, disable).status()).isEqualTo(200);
        assertThat(new Api(port).as(newUser, PASSWORD).get("/api/me").status()).isEqualTo(401);

        // Organisers are the installation admin's.
        assertThat(admin.post("/api/organisers", OrganisersApiTest.registration(organiser, "Kunta", "Kommun", "fi"))
                .status()).isEqualTo(403);
        assertThat(admin.put("/api/organisers/" + organiser, OrganisersApiTest.registration(organiser, "Kunta",
                "Kommun", "fi")).status()).isEqualTo(403);
    }

    @Test
    void theInstallationsAdminStillManagesEveryAccount() {
        var organiser = Programmes.freshOrganiser();
        var installation = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        var userId = "kaikille-" + tag;
        var saved = installation.put("/api/admin/users/" + userId, user("Kaikille", PASSWORD,
                grant(AccessRole.AUDITOR, Grant.ALL_ORGANISERS), grant(AccessRole.COORDINATOR, organiser)));
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(installation.get("/api/admin/users").json().findValuesAsText("userId")).contains(userId,
                TestAccounts.ADMIN);
        assertThat(installation.get("/api/admin/users?organiser=" + organiser).json()).isEmpty();
    }
}
