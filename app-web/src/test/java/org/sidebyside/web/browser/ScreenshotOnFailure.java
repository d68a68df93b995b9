package org.sidebyside.web.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A browser test that fails leaves a screenshot of the page it failed on, as
 * target/screenshots/failed-{class}-{test}.png, whether or not the build takes the steps'
 * screenshots.
 */
class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Browser.save(name);
        } catch (RuntimeException e) {
            // the browser itself may be what failed; the test's own error is reported anyway
            System.err.println("No screenshot of the failed test " + name + ": " + e);
        }
    }
}
