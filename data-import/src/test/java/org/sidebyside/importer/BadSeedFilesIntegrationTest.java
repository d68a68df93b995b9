package org.sidebyside.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sidebyside.fact.FactRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each kind of bad input: every problem is listed with its file and line, the import is
 * refused as a whole, and the database is left exactly as it was.
 */
@SpringBootTest(classes = ImportTestApplication.class)
class BadSeedFilesIntegrationTest {

    private static final String FILE = "facts/adage-and-cx.yml";
    /** A valid new fact appended next to the broken one: it must not be inserted either. */
    private static final String GOOD_NEW_FACT = """

              - key: a-brand-new-valid-fact
                company: amazon
                topic: china-market
                kind: statement
                statement: Amazon opened a pilot store on Tmall.
                citations:
                  - source: adage-amazon-tmall
                    quote: "it just opened a pilot store on Alibaba's Tmall marketplace"
            """;

    @Autowired
    SeedImporter importer;
    @Autowired
    FactRepository facts;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    SeedDirectory seeds;
    String before;

    /** The database as the packaged seeds leave it, or null before the first test. */
    private static String imported;

    @BeforeEach
    void loadedFactBase() {
        // a refused import writes nothing (each test checks it), so the fact base is imported
        // again only when something else changed it
        if (imported == null || !imported.equals(snapshot())) {
            jdbc.execute("truncate citation, fact, source, topic, company, editorial_item restart identity cascade");
            importer.importFrom(SeedImporter.CLASSPATH_SEEDS, false);
            imported = snapshot();
        }
        seeds = SeedDirectory.copyOfPackagedSeeds(tmp);
        seeds.write(FILE, seeds.read(FILE) + GOOD_NEW_FACT);
        before = snapshot();
    }

    private String snapshot() {
        return jdbc.queryForObject("""
                select md5(string_agg(f.fact_key || f.statement || f.version || coalesce(c.quote, ''), ',' order by f.fact_key, c.position))
                from fact f left join citation c on c.fact_id = f.id
                """, String.class) + facts.count();
    }

    private ImportReport importBroken() {
        ImportReport report = importer.importFrom(seeds.location(), false);
        assertThat(report.isAccepted()).isFalse();
        assertThat(report.isApplied()).isFalse();
        assertThat(report.summary()).contains("Nothing was written");
        assertThat(facts.existsByKey("a-brand-new-valid-fact")).isFalse();
        assertThat(snapshot()).isEqualTo(before);
        return report;
    }

    private int lineOf(String relative, String text) throws Exception {
        var lines = Files.readAllLines(seeds.path(relative));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + relative);
    }

    @Test
    void aBrokenYamlFileIsReportedWithItsLine() throws Exception {
        seeds.replace(FILE, "    company: alibaba\n    topic: china-market", "    company: [alibaba\n    topic: china-market");

        ImportReport report = importBroken();

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.message()).startsWith("not valid YAML");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void anEditorialListOrAStoryNamingNothingIsRejectedWithItsLine() throws Exception {
        seeds.replace("editorial.yml", "  - name: home-at-a-glance", "  - name: lesson-order\n    items: founding-year\n  - name: home-at-a-glance");
        seeds.replace("stories.yml", "      - item: oycr-partner-in-life", "      - item: oycr-no-such-pillar");
        seeds.replace("stories.yml", "    layout: numbered", "    layout: numbred");

        ImportReport report = importBroken();

        assertThat(report.problems()).extracting(ImportProblem::toString).contains(
                "editorial.yml:" + lineOf("editorial.yml", "name: lesson-order")
                        + ": unknown list \"lesson-order\" (expected one of home-at-a-glance)",
                "stories.yml:" + lineOf("stories.yml", "slug: customer-experience")
                        + ": \"oycr-no-such-pillar\" in customer-experience is not comparison of the seed files",
                "stories.yml:" + lineOf("stories.yml", "layout: numbred")
                        + ": unknown layout \"numbred\" (by-company, numbered or pillars)");
    }

    @Test
    void anUnknownCompanyOrTopicIsRejected() throws Exception {
        seeds.replace(FILE, "key: tmall-china-b2c-share-2014\n    company: alibaba\n    topic: china-market",
                "key: tmall-china-b2c-share-2014\n    company: tencent\n    topic: gaming");

        ImportReport report = importBroken();

        assertThat(report.problems()).extracting(ImportProblem::toString).contains(
                FILE + ":" + lineOf(FILE, "company: tencent") + ": tmall-china-b2c-share-2014: unknown company \"tencent\"",
                FILE + ":" + lineOf(FILE, "topic: gaming") + ": tmall-china-b2c-share-2014: unknown topic \"gaming\"");
        assertThat(report.rejectedFacts()).isEqualTo(1);
    }

    @Test
    void aMissingFieldIsRejected() throws Exception {
        seeds.replace(FILE, "    kind: figure\n    statement: According to iResearch, Tmall",
                "    statement: According to iResearch, Tmall");

        ImportReport report = importBroken();

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.message()).isEqualTo("\"kind\" is missing");
        });
    }

    @Test
    void aQuoteThatIsNotInItsArticleIsRejectedWithItsLine() throws Exception {
        String quote = seeds.read(FILE).lines().filter(l -> l.contains("quote:")).findFirst().orElseThrow();
        seeds.replace(FILE, quote, quote.replaceFirst("quote: \"", "quote: \"Invented words "));

        ImportReport report = importBroken();

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(FILE, "Invented words"));
            assertThat(p.message()).contains("the quote is not found in the text of");
        });
    }

    @Test
    void aDuplicateKeyIsRejectedNamingBothPlaces() throws Exception {
        seeds.write(FILE, seeds.read(FILE) + GOOD_NEW_FACT);

        ImportReport report = importBroken();

        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.message()).startsWith("duplicate key \"a-brand-new-valid-fact\" (first at " + FILE + ":");
            assertThat(p.line()).isGreaterThan(lineOf(FILE, "a-brand-new-valid-fact"));
        });
    }

    @Test
    void anUnreadableFileIsRejected() {
        seeds.writeBytes("facts/broken.yml", new byte[] {'f', 'a', 'c', 't', 's', ':', ' ', (byte) 0xff, (byte) 0xfe});

        ImportReport report = importBroken();

        assertThat(report.problems()).extracting(ImportProblem::toString)
                .contains("facts/broken.yml: the file is not UTF-8 text");
    }

    @Test
    void aMissingArticleIsRejected() throws Exception {
        Files.delete(seeds.path("001_39623ec77b47be7c.txt"));

        ImportReport report = importBroken();

        assertThat(report.problems()).extracting(ImportProblem::message)
                .contains("the article file \"001_39623ec77b47be7c.txt\" cannot be read");
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws Exception {
        seeds.replace(FILE, "    company: alibaba\n    topic: china-market", "    company: nobody\n    topic: china-market");
        seeds.replace("facts/eight-lessons.yml", "    kind: statement", "    kind: rumour");
        seeds.write("facts/extra.yml", "facts:\n  - key: Not A Key\n    company: amazon\n    topic: history\n"
                + "    kind: figure\n    statement: x\n    value: lots\n    unit: things\n    colour: red\n");

        ImportReport report = importBroken();

        assertThat(report.problems()).extracting(ImportProblem::message).anyMatch(m -> m.contains("unknown company \"nobody\""))
                .anyMatch(m -> m.contains("unknown kind \"rumour\""))
                .anyMatch(m -> m.contains("value \"lots\" is not a plain number"))
                .anyMatch(m -> m.startsWith("unknown field \"colour\""));
        assertThat(report.problems()).filteredOn(p -> p.file().equals("facts/extra.yml"))
                .allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aDryRunOfBrokenFilesAlsoListsTheProblems() {
        seeds.replace(FILE, "    topic: china-market", "    topic: nowhere");

        ImportReport report = importer.importFrom(seeds.location(), true);

        assertThat(report.isAccepted()).isFalse();
        assertThat(report.problems()).isNotEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }
}
