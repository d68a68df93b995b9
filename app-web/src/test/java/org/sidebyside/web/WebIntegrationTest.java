package org.sidebyside.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;

/**
 * The whole app against a throwaway PostgreSQL database, which the start-up import fills
 * with the packaged fact base; requests go through MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "sidebyside.admin-password=" + WebIntegrationTest.ADMIN_PASSWORD})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(TestDatabaseConfiguration.class)
public @interface WebIntegrationTest {

    /** The first admin's password in tests. */
    String ADMIN_PASSWORD = "admin-password-for-tests";
}
