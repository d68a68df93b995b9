package org.sidebyside.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.postgresql.Driver;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/**
 * Where the test database lives: Testcontainers where a Docker engine answers, else the local
 * server where one answers at {@code SIDEBYSIDE_TEST_PG_URL}, else an embedded PostgreSQL
 * started for the test JVM. The {@code SIDEBYSIDE_TEST_DB} environment variable
 * ({@code docker}, {@code local} or {@code embedded}) forces one.
 */
public enum TestDatabaseMode {
    DOCKER, LOCAL, EMBEDDED;

    private static TestDatabaseMode current;

    public static synchronized TestDatabaseMode current() {
        if (current == null) {
            String forced = System.getenv("SIDEBYSIDE_TEST_DB");
            if (forced != null && !forced.isBlank()) {
                current = forced(forced);
            } else if (dockerAnswers()) {
                current = DOCKER;
            } else {
                current = localServerAnswers() ? LOCAL : EMBEDDED;
            }
        }
        return current;
    }

    private static TestDatabaseMode forced(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SIDEBYSIDE_TEST_DB is docker, local or embedded, not " + name, e);
        }
    }

    private static boolean dockerAnswers() {
        if (!dockerMayBeThere()) {
            // Testcontainers would log an ERROR block for every strategy it tries: ask it only
            // where some Docker engine could answer
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** A socket, a configured host or a Testcontainers setting: somewhere a Docker engine may answer. */
    private static boolean dockerMayBeThere() {
        String home = System.getProperty("user.home");
        return System.getenv("DOCKER_HOST") != null
                || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows")
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || System.getenv("XDG_RUNTIME_DIR") != null
                        && Files.exists(Path.of(System.getenv("XDG_RUNTIME_DIR"), "docker.sock"));
    }

    /** Whether anything accepts connections at the local server's address (whether it lets us in is its own error). */
    private static boolean localServerAnswers() {
        Properties url = Driver.parseURL(ThrowawayDatabase.localServerUrl(), null);
        if (url == null) {
            return true; // not a URL we can read: let the local mode say so
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getProperty("PGHOST").split(",")[0],
                    Integer.parseInt(url.getProperty("PGPORT").split(",")[0])), 2000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static final class DockerMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return current() == DOCKER;
        }
    }

    /** A throwaway database on a server of the test JVM's own: the local one or an embedded one. */
    static final class ThrowawayMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return current() != DOCKER;
        }
    }
}
