package org.sidebyside.web;

import org.sidebyside.database.LocalDatabaseBootstrap;
import org.sidebyside.importer.ImportConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(ImportConfiguration.class)
public class SideBySideApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SideBySideApplication.class);
        app.addListeners(new LocalDatabaseBootstrap());
        app.run(args);
    }
}
