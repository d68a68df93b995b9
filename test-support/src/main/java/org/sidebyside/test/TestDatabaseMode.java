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
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
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
