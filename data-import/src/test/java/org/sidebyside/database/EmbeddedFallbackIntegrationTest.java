package org.sidebyside.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.mock.env.MockEnvironment;

/**
 * The start command's last fallback, started as {@link LocalDatabaseBootstrap} starts it where
 * no database is configured and none answers: a real PostgreSQL whose data outlives the app.
 * It runs beside the other tests (junit-platform.properties); its own tests one at a time, since
 * they pick free ports.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("embedded-postgres")
class EmbeddedFallbackIntegrationTest {

    static {
        // the app sets this in its application.yml
        LoggingSystem.get(EmbeddedFallbackIntegrationTest.class.getClassLoader())
                .setLogLevel("io.zonky.test.db.postgres", LogLevel.WARN);
    }

    /** Where the bootstrap would look first; nothing listens on port 1. */
    private static final String NOTHING_THERE = "jdbc:postgresql://127.0.0.1:1/sidebyside";

    @TempDir
    Path home;

    @Test
    void startsPostgreSqlWithTheAppsRoleAndDatabaseOnThePreferredPortAndKeepsItsDataAcrossRestarts() throws Exception {
        Path dir = home.resolve(".sidebyside").resolve("postgres");
        int preferred = freePort();
        MockEnvironment env = environment(dir, preferred);
        try (EmbeddedDatabase first = LocalDatabaseBootstrap.useEmbedded(env, NOTHING_THERE, "sidebyside", "a secret")) {
            assertThat(first.port()).isEqualTo(preferred);
            assertThat(first.directory()).isEqualTo(dir);
            try (Connection c = connect(env); Statement s = c.createStatement()) {
                assertThat(c.getMetaData().getDatabaseProductVersion()).startsWith("17.");
                s.execute("create table kept (note text)");
                s.execute("insert into kept values ('an instructor''s edit')");
            }
        }

        MockEnvironment restarted = environment(dir, preferred);
        try (EmbeddedDatabase second = LocalDatabaseBootstrap.useEmbedded(restarted, NOTHING_THERE, "sidebyside", "a secret");
             Connection c = connect(restarted); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("an instructor's edit");
        }
        assertThat(EmbeddedDatabase.logFile(dir)).isRegularFile();
    }

    @Test
    void takesAnotherPortWhereThePreferredOneIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MockEnvironment env = environment(home.resolve("postgres"), taken.getLocalPort());
            try (EmbeddedDatabase db = LocalDatabaseBootstrap.useEmbedded(env, NOTHING_THERE, "sidebyside", "a secret");
                 Connection c = connect(env)) {
                assertThat(db.port()).isNotEqualTo(taken.getLocalPort());
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void leavesADirectoryAnotherRunningAppUsesAlone() throws Exception {
        Path dir = home.resolve("postgres");
        try (EmbeddedDatabase running = LocalDatabaseBootstrap.useEmbedded(environment(dir, 0), NOTHING_THERE,
                "sidebyside", "a secret")) {
            assertThatThrownBy(() -> LocalDatabaseBootstrap.useEmbedded(environment(dir, 0), NOTHING_THERE,
                    "sidebyside", "a secret"))
                    .hasMessageContaining("another running app uses it");
            try (Connection c = DriverManager.getConnection(running.jdbcUrl("sidebyside"), "sidebyside", "a secret")) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    private static MockEnvironment environment(Path dir, int port) {
        return new MockEnvironment()
                .withProperty("sidebyside.database.embedded-dir", dir.toString())
                .withProperty("sidebyside.database.embedded-port", Integer.toString(port));
    }

    /** Connects as the app would: to the URL the bootstrap put in the environment, as the app's role. */
    private static Connection connect(MockEnvironment env) throws Exception {
        return DriverManager.getConnection(env.getProperty("spring.datasource.url"), "sidebyside", "a secret");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
