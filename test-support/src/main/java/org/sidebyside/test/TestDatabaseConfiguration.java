package org.sidebyside.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Import into a test to give it a real, empty PostgreSQL database. The DataSource and Flyway
 * both follow the connection details registered here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    public static final String POSTGRES_IMAGE = "postgres:17-alpine";

    @Bean
    @ServiceConnection
    @Conditional(TestDatabaseMode.DockerMode.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(POSTGRES_IMAGE);
    }

    @Bean
    @Conditional(TestDatabaseMode.ThrowawayMode.class)
    JdbcConnectionDetails throwawayDatabase() {
        ThrowawayDatabase db = ThrowawayDatabase.get();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return db.username();
            }

            @Override
            public String getPassword() {
                return db.password();
            }

            @Override
            public String getJdbcUrl() {
                return db.jdbcUrl();
            }
        };
    }
}
