package fi.verme.app.platform.storage;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Every table is created by Flyway, never at start-up by a framework. Each module owns a schema
 * and a migration folder {@code db/migration/<module>}, with its own history table, so modules
 * version their tables independently.
 */
final class Migrations {

    /** Folder and schema; Axon's event and token store stay in {@code public}. */
    private record Module(String folder, String schema) {
    }

    private static final List<Module> MODULES = List.of(
            new Module("axon", "public"),
            new Module("app", "app"),
            new Module("enrolment", "enrolment"),
            new Module("groups", "groups"),
            new Module("meetings", "meetings"),
            new Module("compensation", "compensation"));

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        for (Module module : MODULES) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(module.schema())
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module.folder())
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
        }
    }
}
