package org.sidebyside.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, empty database on the same server as a test's database (local, embedded or in a
 * container), for tests that need a fresh start beside the shared one. Dropped on
 * {@link #close()}, or at JVM exit if a test forgets, always through the server's
 * {@code postgres} database: going through the shared test database would race with that
 * database's own drop at exit, which ends every connection to it and left this one half
 * dropped (an "invalid" database). Once dropped, it is not dropped again at exit, where an
 * embedded test server may be stopping at the same moment.
 *
 * @param url its JDBC URL
 */
public record SiblingDatabase(String url, String username, String password, String maintenanceUrl, String name)
        implements AutoCloseable {

    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");
    private static final Set<String> DROPPED = ConcurrentHashMap.newKeySet();

    /** Creates an empty database beside the one at {@code url}, which the user may create databases on. */
    public static SiblingDatabase create(String url, String username, String password) {
        Matcher m = DATABASE.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        // named like the throwaway databases, so a killed run's leftovers are dropped by a later run
        String name = ThrowawayDatabase.PREFIX + Instant.now().getEpochSecond() + "_"
                + ThreadLocalRandom.current().nextInt(1_000_000);
        String maintenance = m.group(1) + "postgres" + m.group(3);
        run(maintenance, username, password, "create database " + name);
        SiblingDatabase db = new SiblingDatabase(m.group(1) + name + m.group(3), username, password, maintenance, name);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "drop-" + name));
        return db;
    }

    /** Drops the database, ending any connection still open to it. */
    @Override
    public void close() {
        if (DROPPED.contains(name)) {
            return;
        }
        try {
            run(maintenanceUrl, username, password, "drop database if exists " + name + " with (force)");
            DROPPED.add(name);
        } catch (IllegalStateException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void run(String url, String username, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, username, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
