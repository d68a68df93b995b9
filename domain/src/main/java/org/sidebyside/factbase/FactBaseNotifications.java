package org.sidebyside.factbase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    /** How often an idle channel is checked: a connection cut without a word is noticed then. */
    private static final long CHECK_NANOS = 2_000_000_000L;

    /** Where to connect: JDBC URL, user and password. */
    public record Database(String url, String username, String password) {
    }

    private final Database database;
    private final ApplicationEventPublisher events;
    private final Duration retry;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean listening;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);

    public FactBaseNotifications(Database database, ApplicationEventPublisher events, Duration retry) {
        this.database = database;
        this.events = events;
        this.retry = retry;
    }

    /** Whether the channel is connected now: while it is not, changes elsewhere go unheard. */
    public boolean isListening() {
        return listening;
    }

    /**
     * Starts listening, and waits (at most a few seconds) for the first attempt to connect, so
     * that an app whose database answers is listening before its web server accepts requests.
     */
    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::loop, "fact-base-notifications");
        t.setDaemon(true);
        thread = t;
        t.start();
        try {
            firstAttempt.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before the web server starts (its phase is {@code DEFAULT_PHASE - 2048}), after it stops. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
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
            Properties properties = new Properties();
            properties.setProperty("user", database.username());
            properties.setProperty("password", database.password() == null ? "" : database.password());
            // a check that cannot hang: a connection cut without a word fails it within seconds
            properties.setProperty("connectTimeout", "2");
            properties.setProperty("socketTimeout", "3");
            try (Connection connection = DriverManager.getConnection(database.url(), properties)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + FactBaseChanged.CHANNEL);
                }
                listening = true;
                firstAttempt.countDown();
                if (warned) {
                    log.info("Listening for fact base changes again");
                    warned = false;
                }
                // whatever was committed before LISTEN took effect went unheard
                events.publishEvent(new FactBaseChanged(FactBaseChanged.Origin.RECONNECTED));
                PGConnection pg = connection.unwrap(PGConnection.class);
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        events.publishEvent(new FactBaseChanged(FactBaseChanged.Origin.DATABASE));
                    }
                    if (System.nanoTime() - checked > CHECK_NANOS) {
                        try (Statement s = connection.createStatement()) {
                            s.execute("select 1");
                        }
                        checked = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (!warned) {
                    log.warn("No fact base change notifications ({}); reconnecting every {} ms",
                            e.getMessage(), retry.toMillis());
                    warned = true;
                }
                listening = false;
                firstAttempt.countDown();
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
