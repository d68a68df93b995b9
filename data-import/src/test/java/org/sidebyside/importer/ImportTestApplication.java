package org.sidebyside.importer;

import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The importer and the domain against a throwaway PostgreSQL database. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ImportConfiguration.class, TestDatabaseConfiguration.class})
class ImportTestApplication {
}
