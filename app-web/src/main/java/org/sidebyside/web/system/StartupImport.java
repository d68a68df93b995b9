package org.sidebyside.web.system;

import org.sidebyside.fact.FactRepository;
import org.sidebyside.importer.ImportReport;
import org.sidebyside.importer.SeedImporter;
import org.sidebyside.web.factbase.FactBaseReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On a database without facts, loads the seed files packaged with the app, so that the very
 * first start shows the whole fact base; then reads the published fact base into memory.
 * Both happen while the context starts, before the web server accepts connections and
 * before readiness turns to accepting traffic: no visitor ever sees a half-loaded site.
 * A database that has facts is left alone: re-imports are the import command's job.
 */
@Component
class StartupImport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    private final FactRepository facts;
    private final SeedImporter importer;
    private final FactBaseReader reader;

    StartupImport(FactRepository facts, SeedImporter importer, FactBaseReader reader) {
        this.facts = facts;
        this.importer = importer;
        this.reader = reader;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (facts.count() == 0) {
            ImportReport report = importer.importFrom(SeedImporter.CLASSPATH_SEEDS, false);
            if (report.isApplied()) {
                log.info("The database held no facts; loaded the packaged seed files.\n{}", report.summary());
            } else {
                log.error("The packaged seed files were rejected; the app starts without facts.\n{}", report.summary());
            }
        }
        reader.published();
    }
}
