package org.sidebyside.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sidebyside.test.SeedFacts;
import org.junit.jupiter.api.io.TempDir;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.SourceRepository;
import org.sidebyside.fact.Citation;
import org.sidebyside.fact.CitationRepository;
import org.sidebyside.fact.FactRepository;
import org.sidebyside.fact.FactService;
import org.sidebyside.quote.QuoteLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The packaged seeds imported into an empty database once for the class (after a dry run
 * that must write nothing); the tests read that import, and the two that change the fact
 * base run last, each on a fact of its own.
 */
@SpringBootTest(classes = ImportTestApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedImporterIntegrationTest {

    /** The class's one dry run and first import, made by the first test to run. */
    private static ImportReport dryRun;
    private static ImportReport firstImport;
    private static long emptyFactsAfterDryRun;
    private static long emptyTopicsAfterDryRun;

    @Autowired
    SeedImporter importer;
    @Autowired
    FactRepository facts;
    @Autowired
    FactService factService;
    @Autowired
    CitationRepository citations;
    @Autowired
    SourceRepository sources;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @BeforeEach
    void importOnceIntoAnEmptyDatabase() {
        if (firstImport == null) {
            jdbc.execute("truncate citation, fact, source, topic, company, editorial_item, revision restart identity cascade");
            dryRun = importer.importFrom(SeedImporter.CLASSPATH_SEEDS, true);
            emptyFactsAfterDryRun = facts.count();
            emptyTopicsAfterDryRun = jdbc.queryForObject("select count(*) from topic", Long.class);
            firstImport = importer.importFrom(SeedImporter.CLASSPATH_SEEDS, false);
        }
    }

    @Test
    void loadsTheWholeFactBaseWithNothingRejected() {
        ImportReport report = firstImport;

        assertThat(report.problems()).isEmpty();
        assertThat(report.isApplied()).isTrue();
        assertThat(report.count(ImportReport.Kind.FACTS, ImportOutcome.INSERTED)).isEqualTo(SeedFacts.count());
        assertThat(report.count(ImportReport.Kind.COMPANIES, ImportOutcome.INSERTED)).isEqualTo(2);
        assertThat(report.count(ImportReport.Kind.SOURCES, ImportOutcome.INSERTED)).isEqualTo(4);
        assertThat(report.count(ImportReport.Kind.LISTS, ImportOutcome.INSERTED)).isEqualTo(1);
        assertThat(report.count(ImportReport.Kind.STORIES, ImportOutcome.INSERTED)).isEqualTo(3);
        assertThat(report.count(ImportReport.Kind.DISAGREEMENTS, ImportOutcome.INSERTED))
                .isEqualTo(SeedFacts.disagreementKeys().size());
        assertThat(jdbc.queryForList("select disagreement_key from disagreement order by id", String.class))
                .containsExactlyElementsOf(SeedFacts.disagreementKeys());
        assertThat(report.count(ImportReport.Kind.GLOSSARY, ImportOutcome.INSERTED)).isEqualTo(SeedFacts.glossarySlugs().size());
        // an article's own definition stands at its offsets, as a fact's quote does
        var definitions = jdbc.queryForList("""
                select g.quote, s.full_text, g.start_offset, g.end_offset
                from glossary_term g join source s on s.id = g.source_id""");
        assertThat(definitions).isNotEmpty().allSatisfy(d -> assertThat(QuoteLocator.standsAt((String) d.get("full_text"),
                (String) d.get("quote"), (Integer) d.get("start_offset"), (Integer) d.get("end_offset"))).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from fact where market is not null", Long.class))
                .isEqualTo(SeedFacts.marketFacts());
        assertThat(jdbc.queryForList("""
                select x.item from story_section x join story s on s.id = x.story_id
                where s.slug = 'lessons' order by x.position""", String.class))
                .hasSize(8).startsWith("business-model", "payments", "credit-finance", "credit-finance");
        assertThat(report.rejectedFacts()).isZero();
        assertThat(facts.count()).isEqualTo(report.count(ImportReport.Kind.FACTS, ImportOutcome.INSERTED));
    }

    @Test
    void aSecondRunChangesNothingAndSaysSo() {
        long version = jdbc.queryForObject("select sum(version) from fact", Long.class);

        ImportReport again = importer.importFrom(SeedImporter.CLASSPATH_SEEDS, false);

        assertThat(again.changes()).isZero();
        assertThat(again.count(ImportReport.Kind.FACTS, ImportOutcome.UNCHANGED)).isEqualTo((int) facts.count());
        assertThat(again.summary()).contains("No changes");
        assertThat(jdbc.queryForObject("select sum(version) from fact", Long.class)).isEqualTo(version);
    }

    @Test
    void everyStoredQuoteStandsAtItsOffsetsInItsArticle() {
        List<Citation> all = citations.findAllWithFactAndSource();
        assertThat(all).hasSize(SeedFacts.citations());
        assertThat(all).allSatisfy(c -> assertThat(QuoteLocator.standsAt(c.getSource().getFullText(), c.getQuote(),
                c.getStartOffset(), c.getEndOffset()))
                .as("quote of %s at %d..%d", c.getFact().getKey(), c.getStartOffset(), c.getEndOffset())
                .isTrue());
    }

    @Test
    void storesTheArticlesByteForByteWithTheirChecksums() throws Exception {
        SeedDirectory seeds = SeedDirectory.copyOfPackagedSeeds(tmp);

        assertThat(sources.findAll()).hasSize(4).allSatisfy(s -> {
            assertThat(s.getFullText()).isEqualTo(seeds.read(s.getFileName()));
            assertThat(s.getChecksum()).hasSize(64);
        });
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        assertThat(dryRun.isAccepted()).isTrue();
        assertThat(dryRun.isApplied()).isFalse();
        assertThat(dryRun.count(ImportReport.Kind.FACTS, ImportOutcome.INSERTED)).isEqualTo(SeedFacts.count());
        assertThat(emptyFactsAfterDryRun).isZero();
        assertThat(emptyTopicsAfterDryRun).isZero();
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void aReimportKeepsAnInstructorsEditAndReportsIt() {
        var fact = facts.findAllWithContent().stream().filter(f -> f.getKey().equals("tmall-china-b2c-share-2014"))
                .findFirst().orElseThrow();
        var edited = new org.sidebyside.fact.FactContent(fact.content().companySlug(), fact.content().topicSlug(),
                fact.content().kind(), "Edited by an instructor.", fact.content().value(), fact.content().unit(),
                fact.content().qualifier(), fact.content().asOf(), fact.content().comparison(), fact.content().note(),
                fact.content().citations()).withMeasure(fact.content().measure());
        factService.update(fact.getKey(), edited, fact.getVersion());

        ImportReport again = importer.importFrom(SeedImporter.CLASSPATH_SEEDS, false);

        assertThat(again.keptEdits()).containsExactly("tmall-china-b2c-share-2014");
        assertThat(again.count(ImportReport.Kind.FACTS, ImportOutcome.KEPT_LOCAL_EDIT)).isEqualTo(1);
        assertThat(again.summary()).contains("tmall-china-b2c-share-2014");
        assertThat(facts.findByKey("tmall-china-b2c-share-2014").orElseThrow().getStatement())
                .isEqualTo("Edited by an instructor.");
    }

    @Test
    @Order(Order.DEFAULT + 2)
    void aChangedSeedFactIsUpdated() {
        SeedDirectory seeds = SeedDirectory.copyOfPackagedSeeds(tmp);
        // another fact than the one the test before edited in the app
        String key = "alibaba-china-share-headline-61-percent";
        String statement = facts.findByKey(key).orElseThrow().getStatement();
        seeds.replace("facts/adage-and-cx.yml", "statement: " + statement, "statement: " + statement + " (reworded)");

        ImportReport report = importer.importFrom(seeds.location(), false);

        assertThat(report.count(ImportReport.Kind.FACTS, ImportOutcome.UPDATED)).isEqualTo(1);
        assertThat(report.changes()).isEqualTo(1);
        assertThat(report.changesMade()).extracting(ImportReport.Change::toString)
                .containsExactly("facts " + key + ": changed (statement)");
        assertThat(report.summary()).contains("What changed:\n  facts " + key + ": changed (statement)\n");
        assertThat(facts.findByKey(key).orElseThrow().getStatement()).isEqualTo(statement + " (reworded)");
    }

    @Test
    @Order(Order.DEFAULT + 3)
    void aNearDuplicateMergedIntoAnotherFactIsGoneItsKeyLeadsThereAndTheReportSaysSo() {
        SeedDirectory withDuplicate = SeedDirectory.copyOfPackagedSeeds(tmp.resolve("with-duplicate"));
        withDuplicate.replace("facts/adage-and-cx.yml", "\nfacts:\n", """

                facts:
                  - key: tmall-share-duplicate
                    company: alibaba
                    topic: china-market
                    kind: statement
                    statement: Tmall led China's online business-to-consumer sales.
                    citations:
                      - source: adage-amazon-tmall
                        quote: "for Tmall the number was 61.4%"
                """);
        assertThat(importer.importFrom(withDuplicate.location(), false).changesMade())
                .extracting(ImportReport.Change::key).contains("tmall-share-duplicate");

        SeedDirectory merged = SeedDirectory.copyOfPackagedSeeds(tmp.resolve("merged"));
        merged.replace("facts/adage-and-cx.yml", "  - key: tmall-china-b2c-share-2014\n",
                "  - key: tmall-china-b2c-share-2014\n    formerly: [tmall-share-duplicate]\n");
        ImportReport report = importer.importFrom(merged.location(), false);

        assertThat(report.mergedFacts()).isEqualTo(1);
        assertThat(report.summary()).contains("facts tmall-share-duplicate: merged into tmall-china-b2c-share-2014");
        assertThat(facts.findByKey("tmall-share-duplicate")).isEmpty();
        assertThat(factService.redirect("tmall-share-duplicate")).contains("tmall-china-b2c-share-2014");
        assertThat(importer.importFrom(merged.location(), false).mergedFacts()).isZero();
    }

    @Test
    void aQuoteThatStandsTwiceInItsArticleIsAnchoredWhereItsPrefixOrSuffixSays() {
        for (String key : List.of("amazon-customer-driven", "alibaba-relationship-driven")) {
            Citation c = citations.findAllWithFactAndSource().stream()
                    .filter(x -> x.getFact().getKey().equals(key) && x.getQuote().startsWith("The biggest difference"))
                    .findFirst().orElseThrow();
            String text = c.getSource().getFullText();
            // the body, under its heading, not the subtitle that repeats its first sentence
            assertThat(c.getStartOffset()).isEqualTo(text.lastIndexOf("The biggest difference is probably"));
            assertThat(c.getStartOffset()).isGreaterThan(text.indexOf("November 8, 2021"));
        }
        Citation caption = citations.findAllWithFactAndSource().stream()
                .filter(x -> x.getFact().getKey().equals("tmall-china-b2c-share-2014") && x.getQuote().startsWith("Data from"))
                .findFirst().orElseThrow();
        assertThat(caption.getSource().getFullText().substring(caption.getEndOffset()).stripLeading())
                .startsWith("Credit: iResearch data");
    }

    @Test
    void reportsCountsPerKindInTheSummary() {
        assertThat(firstImport.summary()).containsPattern("facts:\\s+" + SeedFacts.count()
                + " inserted, +0 updated, +0 unchanged, 0 kept \\(edited in the app\\), 0 rejected, 0 merged into others");
        assertThat(firstImport.summary()).containsPattern("disagreements:\\s+" + SeedFacts.disagreementKeys().size() + " inserted")
                .doesNotContain("What changed:");
    }
}
