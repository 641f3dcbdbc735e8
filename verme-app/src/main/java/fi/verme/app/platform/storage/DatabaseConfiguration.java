package fi.verme.app.platform.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Always a real PostgreSQL: the one named by {@code spring.datasource.url} when set, otherwise one
 * the application starts itself. The schema is migrated before anything else can use the pool. Public for
 * the application's command line, which uses the database as the application does and nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** Finnish dates: "today" and "not in the future" mean Helsinki time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Helsinki"));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}' == ''")
    EmbeddedDatabase embeddedDatabase(@Value("${verme.data-dir}") Path dataDirectory,
                                      @Value("${verme.embedded.ephemeral:false}") boolean ephemeral,
                                      @Value("${spring.datasource.username:}") String username,
                                      @Value("${spring.datasource.password:}") String password) {
        if (!username.isBlank() || !password.isBlank()) {
            // An operator's database with its URL misspelt or left out: not the embedded one, with the demo's data
            // and known passwords, in its place (an outsider's SPRING_DATASORCE_URL did exactly that).
            throw new IllegalStateException("spring.datasource.username or spring.datasource.password is set, but "
                    + "spring.datasource.url (SPRING_DATASOURCE_URL) is not: set the URL of the database they are for "
                    + "(is its name misspelt?), or leave all three out to run on the embedded database");
        }
        return ephemeral ? EmbeddedDatabase.ephemeral() : EmbeddedDatabase.durable(dataDirectory);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DataSourceProperties properties, ObjectProvider<EmbeddedDatabase> embedded,
                                @Value("${verme.database.connection-timeout:5s}") Duration connectionTimeout,
                                @Value("${verme.database.statement-timeout:30s}") Duration statementTimeout) {
        var database = embedded.getIfAvailable();
        String url = database != null ? database.jdbcUrl() : properties.getUrl();
        String username = database != null ? database.username() : properties.getUsername();
        String password = database != null ? database.password() : properties.getPassword();
        // Migrations may legitimately run long (an index on a national-scale event table), so they get
        // their own connection without the statement timeout; nothing else is served before they finish.
        Migrations.migrate(new DriverManagerDataSource(url, username, password));
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("verme");
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        // While the database is down, a request waits this long for a connection, then gets a 503.
        dataSource.setConnectionTimeout(connectionTimeout.toMillis());
        // A stalled database (locks, I/O) must not hold a connection and a request thread past any client's
        // patience: PostgreSQL cancels a statement after this long, and the request gets a 503. Set as a
        // startup option, so it holds on every pooled connection from the first statement. The long jobs
        // stay well within it: exports read through a cursor, and each fetch is timed on its own; rebuilds,
        // replays and the national generator run many short statements.
        dataSource.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        return dataSource;
    }

    /** The one template every module's code gets; a rebuild sends its views' writes through it in batches. */
    @Bean
    BatchingJdbcTemplate jdbcTemplate(HikariDataSource dataSource) {
        return new BatchingJdbcTemplate(dataSource);
    }

    /** Marks whether the application runs on its own embedded database, for the demo data default. */
    @Bean
    DatabaseMode databaseMode(ObjectProvider<EmbeddedDatabase> embedded) {
        return embedded.getIfAvailable() != null ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
    }
}
