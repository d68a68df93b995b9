package org.sidebyside.importer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sidebyside.database.LocalDatabaseBootstrap;
import org.sidebyside.importer.ImportConfiguration;
import org.sidebyside.importer.ImportReport;
import org.sidebyside.importer.SeedImporter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * {@code import [--dry-run] [--seeds=DIR]}: loads the seed directory (default {@code seeds}
 * in the working directory) and prints what it did. Exit status: 0 applied (or would be),
 * 1 rejected with problems, 2 wrong usage.
 */
@SpringBootApplication
@Import(ImportConfiguration.class)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final String USAGE = """
            Usage: import [--dry-run] [--seeds=DIR]
              --dry-run     validate and report what would change; write nothing
              --seeds=DIR   the seed directory (default: seeds)
            The database comes from SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (default
            sidebyside/sidebyside); without a URL, the app's own (localhost:5432/sidebyside, else
            one started with Docker, created on the local server, or the embedded PostgreSQL).
            """;

    private final SeedImporter importer;
    private int exitCode;

    ImportCommand(SeedImporter importer) {
        this.importer = importer;
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ImportCommand.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.addListeners(new LocalDatabaseBootstrap());
        app.setDefaultProperties(Map.of(
                "spring.datasource.username", "sidebyside",
                "spring.datasource.password", "sidebyside",
                "spring.jpa.hibernate.ddl-auto", "validate",
                "spring.jpa.open-in-view", "false",
                "logging.level.root", "warn"));
        System.exit(SpringApplication.exit(app.run(args)));
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> unknown = args.getOptionNames().stream()
                .filter(o -> !List.of("dry-run", "seeds", "help").contains(o)).toList();
        if (args.containsOption("help") || !unknown.isEmpty() || !args.getNonOptionArgs().isEmpty()) {
            if (!unknown.isEmpty() || !args.getNonOptionArgs().isEmpty()) {
                System.err.println("Unknown arguments: " + unknown + " " + args.getNonOptionArgs());
                exitCode = 2;
            }
            System.out.print(USAGE);
            return;
        }
        List<String> seedsOption = args.getOptionValues("seeds");
        Path seeds = Path.of(seedsOption == null || seedsOption.isEmpty() ? "seeds" : seedsOption.get(0))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            System.err.println("No seed directory at " + seeds + " (give one with --seeds=DIR).");
            exitCode = 2;
            return;
        }
        System.out.println("Seed directory: " + seeds);
        ImportReport report = importer.importFrom(seeds.toUri().toString(), args.containsOption("dry-run"));
        System.out.print(report.summary());
        exitCode = report.isAccepted() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
