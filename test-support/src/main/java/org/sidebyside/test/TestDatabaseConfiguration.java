package org.sidebyside.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Import into a test to give it a real, empty PostgreSQL database. The DataSource and Flyway
 * both follow the connection details registered here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    public static final String POSTGRES_IMAGE = "postgres:17-alpine";

    /**
     * Set to {@code true} in a test's properties to give its application context a database of
     * its own beside the JVM's shared one (with Docker every context has its own container
     * anyway): for tests that run at the same time as others and must not see their writes.
     */
    public static final String OWN_DATABASE = "sidebyside.test.own-database";

    @Bean
    @ServiceConnection
    @Conditional(TestDatabaseMode.DockerMode.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(POSTGRES_IMAGE);
    }

    @Bean
    @Conditional(TestDatabaseMode.ThrowawayMode.class)
    JdbcConnectionDetails throwawayDatabase(Environment environment) {
        ThrowawayDatabase shared = ThrowawayDatabase.get();
        if (environment.getProperty(OWN_DATABASE, Boolean.class, false)) {
            SiblingDatabase own = SiblingDatabase.create(shared.jdbcUrl(), shared.username(), shared.password());
            return details(own.url(), own.username(), own.password());
        }
        return details(shared.jdbcUrl(), shared.username(), shared.password());
    }

    private static JdbcConnectionDetails details(String url, String username, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
