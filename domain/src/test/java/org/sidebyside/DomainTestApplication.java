package org.sidebyside;

import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The domain on its own, against a throwaway PostgreSQL database. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({DomainConfiguration.class, TestDatabaseConfiguration.class})
public class DomainTestApplication {
}
