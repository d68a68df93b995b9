package org.sidebyside.web;

import org.sidebyside.database.LocalDatabaseBootstrap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SideBySideApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SideBySideApplication.class);
        app.addListeners(new LocalDatabaseBootstrap());
        app.run(args);
    }
}
