package org.sidebyside.web.factbase;

import java.time.Duration;
import org.sidebyside.factbase.FactBaseNotifications;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FactBaseConfiguration {

    /** Hears changes committed by other instances (and the import command) on the same database. */
    @Bean
    FactBaseNotifications factBaseNotifications(JdbcConnectionDetails database, ApplicationEventPublisher events) {
        return new FactBaseNotifications(new FactBaseNotifications.Database(database.getJdbcUrl(),
                database.getUsername(), database.getPassword()), events, Duration.ofMillis(500));
    }
}
