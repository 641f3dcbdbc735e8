package fi.verme.app.storage;

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

/**
 * Always a real PostgreSQL: the one named by {@code spring.datasource.url} when set, otherwise one
 * the application starts itself. The schema is migrated before anything else can use the pool.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Finnish dates: "today" and "not in the future" mean Helsinki time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Helsinki"));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}' == ''")
    EmbeddedDatabase embeddedDatabase(@Value("${verme.data-dir}") Path dataDirectory,
                                      @Value("${verme.embedded.ephemeral:false}") boolean ephemeral) {
        return ephemeral ? EmbeddedDatabase.ephemeral() : EmbeddedDatabase.durable(dataDirectory);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DataSourceProperties properties, ObjectProvider<EmbeddedDatabase> embedded,
                                @Value("${verme.database.connection-timeout:5s}") Duration connectionTimeout) {
        var database = embedded.getIfAvailable();
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("verme");
        // While the database is down, a request waits this long for a connection, then gets a 503.
        dataSource.setConnectionTimeout(connectionTimeout.toMillis());
        if (database != null) {
            dataSource.setJdbcUrl(database.jdbcUrl());
        } else {
            dataSource.setJdbcUrl(properties.getUrl());
            dataSource.setUsername(properties.getUsername());
            dataSource.setPassword(properties.getPassword());
        }
        Migrations.migrate(dataSource);
        return dataSource;
    }

    /** Marks whether the application runs on its own embedded database, for the demo data default. */
    @Bean
    DatabaseMode databaseMode(ObjectProvider<EmbeddedDatabase> embedded) {
        return embedded.getIfAvailable() != null ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
    }
}
