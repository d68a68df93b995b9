package org.sidebyside.web.system;

import org.sidebyside.fact.FactRepository;
import org.sidebyside.importer.ImportReport;
import org.sidebyside.importer.SeedImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a database without facts, loads the seed files packaged with the app, so that the very
 * first start shows the whole fact base. A database that has facts is left alone: re-imports
 * are the import command's job.
 */
@Component
class StartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    private final FactRepository facts;
    private final SeedImporter importer;

    StartupImport(FactRepository facts, SeedImporter importer) {
        this.facts = facts;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (facts.count() > 0) {
            return;
        }
        ImportReport report = importer.importFrom(SeedImporter.CLASSPATH_SEEDS, false);
        if (report.isApplied()) {
            log.info("The database held no facts; loaded the packaged seed files.\n{}", report.summary());
        } else {
            log.error("The packaged seed files were rejected; the app starts without facts.\n{}", report.summary());
        }
    }
}
