package org.sidebyside.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app with its real web server on a random port: for tests that need Tomcat itself
 * (browsers, raw HTTP, forwarded headers). One configuration, so all of them share one
 * application context, with a database of its own beside the one the MockMvc tests share: the
 * browser tests run at the same time as those (see {@code BrowserTest}) and must neither see
 * nor disturb their writes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sidebyside.admin-password=" + WebIntegrationTest.ADMIN_PASSWORD,
        "sidebyside.public-url=" + ServerIntegrationTest.PUBLIC_URL,
        TestDatabaseConfiguration.OWN_DATABASE + "=true"})
@Import(TestDatabaseConfiguration.class)
public @interface ServerIntegrationTest {

    /** The public URL the app is configured with in these tests. */
    String PUBLIC_URL = "https://sidebyside.example.edu";
}
