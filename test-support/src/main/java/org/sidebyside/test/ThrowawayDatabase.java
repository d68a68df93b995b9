package org.sidebyside.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * A database created for one test JVM on a server it does not share with the app: the local
 * PostgreSQL server, where it is dropped at the JVM's exit, or an embedded server started for
 * the JVM, which goes at exit with its temporary directory. Its name carries its creation time,
 * so databases left behind on the local server by a killed run are dropped by a later one once
 * they are a few hours old.
 *
 * <p>Where the local server is: {@code SIDEBYSIDE_TEST_PG_URL} (a JDBC URL to any database on
 * it, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code SIDEBYSIDE_TEST_PG_USER}
 * (default {@code postgres}) and {@code SIDEBYSIDE_TEST_PG_PASSWORD} (default empty). The user
 * must be allowed to create databases.
 */
public final class ThrowawayDatabase {

    static final String PREFIX = "sidebyside_test_";
    private static final Duration STALE_AFTER = Duration.ofHours(6);
    private static ThrowawayDatabase instance;

    private final String adminUrl;
    private final String username;
    private final String password;
    private final String name;

    private ThrowawayDatabase(String adminUrl, String username, String password, String name) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.name = name;
    }

    public static synchronized ThrowawayDatabase get() {
        if (instance == null) {
            String name = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
            if (TestDatabaseMode.current() == TestDatabaseMode.EMBEDDED) {
                instance = new ThrowawayDatabase(startEmbeddedServer(), "postgres", "", name);
                instance.create();
            } else {
                ThrowawayDatabase db = new ThrowawayDatabase(localServerUrl(), env("SIDEBYSIDE_TEST_PG_USER", "postgres"),
                        env("SIDEBYSIDE_TEST_PG_PASSWORD", ""), name);
                db.create();
                Runtime.getRuntime().addShutdownHook(new Thread(db::drop, "drop-" + name));
                instance = db;
            }
        }
        return instance;
    }

    static String localServerUrl() {
        return env("SIDEBYSIDE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    /**
     * One embedded PostgreSQL for the test JVM, in a temporary directory that its own shutdown
     * hook removes with it; its output goes to a temporary file, kept if it fails to start.
     */
    private static String startEmbeddedServer() {
        Path log = null;
        try {
            log = Files.createTempFile("sidebyside-test-postgres-", ".log");
            // its start and stop, step by step, at INFO: the output file has what matters
            LoggingSystem.get(ThrowawayDatabase.class.getClassLoader()).setLogLevel("io.zonky.test.db.postgres", LogLevel.WARN);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            log.toFile().deleteOnExit();
            return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL for the tests did not start (%s; its output is in %s).""".formatted(e.getMessage(), log), e);
        }
    }

    public String jdbcUrl() {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    private void create() {
        try (Connection c = DriverManager.getConnection(adminUrl, username, password);
             Statement s = c.createStatement()) {
            dropStale(s);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    No Docker engine answered, and no throwaway database could be created on the
                    PostgreSQL server at %s as user %s (%s).
                    Start PostgreSQL, or set SIDEBYSIDE_TEST_PG_URL / _USER / _PASSWORD to a server where that
                    user may create databases.""".formatted(adminUrl, username, e.getMessage()), e);
        }
    }

    private void dropStale(Statement s) throws SQLException {
        List<String> stale = new ArrayList<>();
        long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
        try (ResultSet rs = s.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String db = rs.getString(1);
                String[] parts = db.substring(PREFIX.length()).split("_");
                try {
                    if (Long.parseLong(parts[0]) < cutoff) {
                        stale.add(db);
                    }
                } catch (NumberFormatException ignored) {
                    // not one of ours after all
                }
            }
        }
        for (String db : stale) {
            s.execute("drop database if exists " + db + " with (force)");
        }
    }

    private void drop() {
        try (Connection c = DriverManager.getConnection(adminUrl, username, password);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
