package org.sidebyside.factbase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on the {@value FactBaseChanged#CHANNEL} channel over a connection of its own (not
 * one from the pool, which it would hold forever) and publishes a {@link FactBaseChanged}
 * for every notification. When the connection breaks it reconnects with a short back-off and,
 * on every (re)connection publishes a change too: anything committed before LISTEN took effect
 * went unheard.
 */
public class FactBaseNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FactBaseNotifications.class);
    private static final int POLL_MILLIS = 250;

    /** Where to connect: JDBC URL, user and password. */
    public record Database(String url, String username, String password) {
    }

    private final Database database;
    private final ApplicationEventPublisher events;
    private final Duration retry;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean listening;

    public FactBaseNotifications(Database database, ApplicationEventPublisher events, Duration retry) {
        this.database = database;
        this.events = events;
        this.retry = retry;
    }

    /** Whether the channel is connected now: while it is not, changes elsewhere go unheard. */
    public boolean isListening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "fact-base-notifications");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        boolean warned = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                    database.password())) {
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + FactBaseChanged.CHANNEL);
                }
                listening = true;
                if (warned) {
                    log.info("Listening for fact base changes again");
                    warned = false;
                }
                // whatever was committed before LISTEN took effect went unheard
                events.publishEvent(new FactBaseChanged(FactBaseChanged.Origin.RECONNECTED));
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        events.publishEvent(new FactBaseChanged(FactBaseChanged.Origin.DATABASE));
                    }
                }
            } catch (SQLException e) {
                if (!warned) {
                    log.warn("No fact base change notifications ({}); reconnecting every {} ms",
                            e.getMessage(), retry.toMillis());
                    warned = true;
                }
                listening = false;
                sleep();
            } finally {
                listening = false;
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
