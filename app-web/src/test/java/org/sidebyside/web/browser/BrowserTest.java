package org.sidebyside.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sidebyside.web.ServerIntegrationTest;

/** The running app on a random port, for tests that drive a real Chromium against it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServerIntegrationTest
@interface BrowserTest {
}
