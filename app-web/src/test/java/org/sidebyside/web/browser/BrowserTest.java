package org.sidebyside.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.sidebyside.web.ServerIntegrationTest;

/**
 * The running app on a random port, for tests that drive a real Chromium against it.
 *
 * <p>These tests run beside the others (see {@code junit-platform.properties}), one at a time
 * since they share one browser. Their app has a database of its own
 * ({@link ServerIntegrationTest}), which its start-up import fills as it fills the shared one.
 * A test that fails leaves a screenshot of its page ({@link ScreenshotOnFailure}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerIntegrationTest
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BrowserTest.CHROMIUM)
@ExtendWith(ScreenshotOnFailure.class)
@interface BrowserTest {

    /** The lock on the one browser of the test JVM. */
    String CHROMIUM = "chromium";
}
