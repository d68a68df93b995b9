package org.sidebyside.test;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;

/**
 * Testcontainers where a Docker engine answers, the local server otherwise. The
 * {@code SIDEBYSIDE_TEST_DB} environment variable ({@code docker} or {@code local}) forces one.
 */
public final class TestDatabaseMode {

    private static Boolean docker;

    private TestDatabaseMode() {
    }

    public static synchronized boolean useDocker() {
        if (docker == null) {
            String forced = System.getenv("SIDEBYSIDE_TEST_DB");
            if ("docker".equalsIgnoreCase(forced)) {
                docker = true;
            } else if ("local".equalsIgnoreCase(forced)) {
                docker = false;
            } else {
                docker = dockerAnswers();
            }
        }
        return docker;
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
                || System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("windows")
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".docker", "run", "docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".testcontainers.properties"))
                || System.getenv("XDG_RUNTIME_DIR") != null
                        && java.nio.file.Files.exists(java.nio.file.Path.of(System.getenv("XDG_RUNTIME_DIR"), "docker.sock"));
    }

    static final class DockerMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return useDocker();
        }
    }

    static final class LocalMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !useDocker();
        }
    }
}
