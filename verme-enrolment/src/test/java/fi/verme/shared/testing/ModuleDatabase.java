package fi.verme.shared.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real, throw-away PostgreSQL for a test class, with one module's schema migrated by its own Flyway
 * folder; the projection tests of every module use it (shared as this module's test jar):
 * {@code @RegisterExtension static final ModuleDatabase DATABASE = ModuleDatabase.of("groups");}
 */
public final class ModuleDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String schema;
    private EmbeddedPostgres postgres;
    private JdbcTemplate jdbc;

    private ModuleDatabase(String schema) {
        this.schema = schema;
    }

    /** Migrates {@code db/migration/<schema>} into the schema of that name. */
    public static ModuleDatabase of(String schema) {
        return new ModuleDatabase(schema);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/" + schema).load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        postgres.close();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
