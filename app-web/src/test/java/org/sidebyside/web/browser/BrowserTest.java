package org.sidebyside.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The running app on a random port, for tests that drive a real Chromium against it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sidebyside.admin-password=" + org.sidebyside.web.WebIntegrationTest.ADMIN_PASSWORD)
@Import(TestDatabaseConfiguration.class)
@interface BrowserTest {
}
