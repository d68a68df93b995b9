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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Added by the {@code main} methods (never by tests) so that one command starts the app on
 * a fresh machine:
 * <ol>
 * <li>if the configured database answers, use it (where none is configured,
 * {@code sidebyside.database.default-url}, the {@code sidebyside} database on localhost:5432);</li>
 * <li>else, if a Docker engine answers and a {@code docker-compose.yml} is found, let Spring
 * Boot's Docker Compose support start PostgreSQL from it;</li>
 * <li>else, if a PostgreSQL server answers at the configured host, create the configured role
 * and database there (as {@code SIDEBYSIDE_PG_ADMIN_USER}, default {@code postgres});</li>
 * <li>else, if no database was configured, start the embedded PostgreSQL on
 * {@code sidebyside.database.embedded-dir}, create the role and database there, and stop it
 * once the app has closed;</li>
 * <li>else print what to do and stop, without a stack trace.</li>
 * </ol>
 */
public final class LocalDatabaseBootstrap implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String ENABLED = "sidebyside.database.bootstrap";
    private static final String URL = "spring.datasource.url";
    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/sidebyside";
    private static final String IDENTIFIER = "[a-z_][a-z0-9_]*";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String configured = env.getProperty(URL);
        String url = configured != null ? configured : env.getProperty("sidebyside.database.default-url", DEFAULT_URL);
        Map<String, Object> settings = new HashMap<>(Map.of("spring.docker.compose.enabled", "false"));
        if (configured == null) {
            settings.put(URL, url);
        }
        if (!env.getProperty(ENABLED, Boolean.class, true) || Boolean.getBoolean("spring.aot.processing")) {
            use(env, settings); // switched off, or the build's AOT processing, which only reads bean definitions
            return;
        }
        String user = env.getProperty("spring.datasource.username", "sidebyside");
        String password = env.getProperty("spring.datasource.password", "sidebyside");

        SQLException first = tryConnect(url, user, password);
        if (first == null) {
            use(env, settings);
            return;
        }
        Path compose = findComposeFile();
        if (compose != null && dockerAnswers()) {
            System.out.println("No database at " + url + "; starting PostgreSQL with Docker Compose (" + compose + ").");
            settings.put("spring.docker.compose.enabled", "true");
            settings.put("spring.docker.compose.file", compose.toString());
            use(env, settings);
            return;
        }
        if (createLocally(url, user, password)) {
            use(env, settings);
            return;
        }
        if (configured == null) {
            try {
                useEmbedded(env, url, user, password);
                return;
            } catch (IOException | SQLException | RuntimeException e) {
                exit("""
                        No database answered at %s as %s (%s),
                        and the embedded PostgreSQL did not start in %s (%s; its log is %s).
                        Either
                          - start Docker and run this command again (docker-compose.yml starts PostgreSQL 17), or
                          - start a PostgreSQL server on localhost:5432 (this command creates the role and database), or
                          - point SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD at one.
                        """.formatted(url, user, first.getMessage(), embeddedDir(env), e.getMessage(),
                        EmbeddedDatabase.logFile(embeddedDir(env))));
                return;
            }
        }
        exit("""
                Cannot reach the configured database %s as %s (%s).
                Either
                  - start it, or point SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD
                    at one that runs, or
                  - leave SPRING_DATASOURCE_URL unset: this command then finds a database, or starts one
                    (with Docker, on a local PostgreSQL server, or embedded).
                """.formatted(url, user, first.getMessage()));
    }

    /**
     * Step 4: starts the embedded PostgreSQL, creates the role and the database named by
     * {@code url} on it, points the datasource at it and has it stopped after the app's
     * contexts have closed (Spring Boot's shutdown handlers run after them, in order, unlike
     * JVM shutdown hooks). A training start of {@code bin/sidebyside}
     * ({@code spring.context.exit=onRefresh}) halts the JVM, which runs no handler: the start
     * that follows it stops the server it left.
     */
    static EmbeddedDatabase useEmbedded(ConfigurableEnvironment env, String url, String user, String password)
            throws IOException, SQLException {
        String database = Objects.requireNonNullElse(databaseName(url), "sidebyside");
        if (!user.matches(IDENTIFIER) || !database.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("user and database must be plain lower-case names: " + user + ", " + database);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(embeddedDir(env),
                env.getProperty("sidebyside.database.embedded-port", Integer.class, 5433));
        SpringApplication.getShutdownHandlers().add(embedded::close);
        String version;
        try (Connection admin = embedded.connectAsSuperuser()) {
            createRoleAndDatabase(admin, user, password, database);
            version = admin.getMetaData().getDatabaseProductVersion();
        } catch (SQLException | RuntimeException e) {
            embedded.close();
            throw e;
        }
        use(env, Map.of("spring.docker.compose.enabled", "false", URL, embedded.jdbcUrl(database)));
        System.out.printf("No database configured and none found; using the embedded PostgreSQL %s on port %d"
                + " (started in %.1f s), with its data in %s.%n",
                version, embedded.port(), embedded.startedIn().toMillis() / 1000.0, embedded.directory());
        return embedded;
    }

    private static Path embeddedDir(ConfigurableEnvironment env) {
        String dir = env.getProperty("sidebyside.database.embedded-dir");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".sidebyside", "postgres");
    }

    private static void use(ConfigurableEnvironment env, Map<String, Object> props) {
        env.getPropertySources().addFirst(new MapPropertySource("sidebysideDatabaseBootstrap", props));
    }

    private static void exit(String message) {
        System.err.printf("%n%s%n", message);
        System.exit(2);
    }

    private static SQLException tryConnect(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** The database named by a PostgreSQL JDBC URL, or null. */
    private static String databaseName(String url) {
        int slash = url.lastIndexOf('/');
        if (!url.startsWith("jdbc:postgresql://") || slash < "jdbc:postgresql://".length()) {
            return null;
        }
        int query = url.indexOf('?', slash);
        return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    }

    /** Creates the role and database on the server named by the URL; false if that is not possible. */
    private static boolean createLocally(String url, String user, String password) {
        String database = databaseName(url);
        if (database == null || !database.matches(IDENTIFIER) || !user.matches(IDENTIFIER)) {
            return false;
        }
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String admin = System.getenv().getOrDefault("SIDEBYSIDE_PG_ADMIN_USER", "postgres");
        String adminPassword = System.getenv().getOrDefault("SIDEBYSIDE_PG_ADMIN_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(adminUrl, admin, adminPassword)) {
            if (createRoleAndDatabase(c, user, password, database)) {
                System.out.println("Created database " + database + " (owner " + user + ") on " + adminUrl);
            }
        } catch (SQLException e) {
            return false;
        }
        return tryConnect(url, user, password) == null;
    }

    /** Creates what is missing of the login role and its database; true if the database is new. */
    private static boolean createRoleAndDatabase(Connection admin, String user, String password, String database)
            throws SQLException {
        try (Statement s = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", user)) {
                s.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            }
            if (exists(admin, "select 1 from pg_database where datname = ?", database)) {
                return false;
            }
            s.execute("create database " + database + " owner " + user);
            return true;
        }
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
