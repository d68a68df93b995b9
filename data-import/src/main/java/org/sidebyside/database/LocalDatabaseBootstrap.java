package org.sidebyside.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Added by the {@code main} methods (never by tests) so that one command starts the app on
 * a fresh machine:
 * <ol>
 * <li>if the configured database answers, use it;</li>
 * <li>else, if a Docker engine answers and a {@code docker-compose.yml} is found, let Spring
 * Boot's Docker Compose support start PostgreSQL from it;</li>
 * <li>else, if a PostgreSQL server answers at the configured host, create the configured role
 * and database there (as {@code SIDEBYSIDE_PG_ADMIN_USER}, default {@code postgres});</li>
 * <li>else print what to do and stop, without a stack trace.</li>
 * </ol>
 */
public final class LocalDatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String ENABLED = "sidebyside.database.bootstrap";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!env.getProperty(ENABLED, Boolean.class, true) || Boolean.getBoolean("spring.aot.processing")) {
            return; // switched off, or the build's AOT processing, which only reads bean definitions
        }
        String url = env.getProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/sidebyside");
        String user = env.getProperty("spring.datasource.username", "sidebyside");
        String password = env.getProperty("spring.datasource.password", "sidebyside");

        SQLException first = tryConnect(url, user, password);
        if (first == null) {
            useCompose(env, null);
            return;
        }
        Path compose = findComposeFile();
        if (compose != null && dockerAnswers()) {
            System.out.println("No database at " + url + "; starting PostgreSQL with Docker Compose (" + compose + ").");
            useCompose(env, compose);
            return;
        }
        if (createLocally(url, user, password)) {
            useCompose(env, null);
            return;
        }
        System.err.printf("""

                Cannot reach the database %s as %s (%s).
                Either
                  - start Docker and run this command again (docker-compose.yml starts PostgreSQL 17), or
                  - start a PostgreSQL server on localhost:5432 (this command creates the role and database), or
                  - point SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD at one.

                """, url, user, first.getMessage());
        System.exit(2);
    }

    private static void useCompose(ConfigurableEnvironment env, Path file) {
        Map<String, Object> props = file == null
                ? Map.of("spring.docker.compose.enabled", "false")
                : Map.of("spring.docker.compose.enabled", "true", "spring.docker.compose.file", file.toString());
        env.getPropertySources().addFirst(new MapPropertySource("sidebysideDatabaseBootstrap", props));
    }

    private static SQLException tryConnect(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** Creates the role and database on the server named by the URL; false if that is not possible. */
    private static boolean createLocally(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        if (!url.startsWith("jdbc:postgresql://") || slash < "jdbc:postgresql://".length()) {
            return false;
        }
        int query = url.indexOf('?', slash);
        String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        String adminUrl = url.substring(0, slash + 1) + "postgres";
        String admin = System.getenv().getOrDefault("SIDEBYSIDE_PG_ADMIN_USER", "postgres");
        String adminPassword = System.getenv().getOrDefault("SIDEBYSIDE_PG_ADMIN_PASSWORD", "");
        if (!database.matches("[a-z_][a-z0-9_]*") || !user.matches("[a-z_][a-z0-9_]*")) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, admin, adminPassword);
             Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", user)) {
                s.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database " + database + " owner " + user);
                System.out.println("Created database " + database + " (owner " + user + ") on " + adminUrl);
            }
        } catch (SQLException e) {
            return false;
        }
        return tryConnect(url, user, password) == null;
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Path findComposeFile() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("docker-compose.yml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean dockerAnswers() {
        try {
            Process p = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
