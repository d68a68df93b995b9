package org.sidebyside.importer;

import org.sidebyside.DomainConfiguration;
import org.sidebyside.disagreement.DisagreementService;
import org.sidebyside.glossary.GlossaryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.editorial.EditorialService;
import org.sidebyside.editorial.StoryService;
import org.sidebyside.fact.FactService;

/** The importer and the domain it loads into. */
@Configuration(proxyBeanMethods = false)
@Import(DomainConfiguration.class)
public class ImportConfiguration {

    @Bean
    SeedImporter seedImporter(ResourceLoader resources, CatalogService catalog, FactService facts,
                              EditorialService editorial, StoryService stories, DisagreementService disagreements,
                              GlossaryService glossary, PlatformTransactionManager transactions) {
        return new SeedImporter(new SeedReader(resources), catalog, facts, editorial, stories, disagreements, glossary,
                transactions);
    }
}
