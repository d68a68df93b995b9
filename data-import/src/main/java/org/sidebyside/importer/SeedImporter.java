package org.sidebyside.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.disagreement.DisagreementContent;
import org.sidebyside.disagreement.DisagreementService;
import org.sidebyside.disagreement.InvalidDisagreementException;
import org.sidebyside.glossary.GlossaryContent;
import org.sidebyside.glossary.GlossaryService;
import org.sidebyside.fact.FactContent;
import org.sidebyside.editorial.EditorialService;
import org.sidebyside.editorial.StoryService;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.fact.InvalidFactException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a seed directory: read, validate everything, then apply it in one transaction
 * through the domain services. A dry run applies it too and rolls back, so its report
 * says exactly what a real run would do while the database stays untouched.
 */
public class SeedImporter {

    /** The seed files packaged with the application. */
    public static final String CLASSPATH_SEEDS = "classpath:seeds/";

    private final SeedReader reader;
    private final CatalogService catalog;
    private final FactService facts;
    private final EditorialService editorial;
    private final StoryService stories;
    private final DisagreementService disagreements;
    private final GlossaryService glossary;
    private final TransactionTemplate transaction;

    SeedImporter(SeedReader reader, CatalogService catalog, FactService facts, EditorialService editorial, StoryService stories,
                 DisagreementService disagreements, GlossaryService glossary, PlatformTransactionManager tm) {
        this.disagreements = disagreements;
        this.glossary = glossary;
        this.editorial = editorial;
        this.stories = stories;
        this.reader = reader;
        this.catalog = catalog;
        this.facts = facts;
        this.transaction = new TransactionTemplate(tm);
    }

    /**
     * @param location a directory as a Spring resource location: {@code file:/path/to/seeds/}
     *                 or {@link #CLASSPATH_SEEDS}
     */
    public ImportReport importFrom(String location, boolean dryRun) {
        ImportReport report = new ImportReport(dryRun);
        SeedReader.Result read = reader.read(location);
        SeedValidator.Result valid = SeedValidator.validate(read.seeds());
        if (!read.problems().isEmpty() || !valid.problems().isEmpty()) {
            List<ImportProblem> all = new java.util.ArrayList<>(read.problems());
            all.addAll(valid.problems());
            report.reject(all, valid.rejectedFacts().size());
            return report;
        }
        inOneTransaction(report, "facts/", () -> apply(read.seeds(), report));
        return report;
    }

    /**
     * Loads one uploaded facts file against the catalog in the database, with the same
     * reading, checks and domain services as a seed import. New facts start as drafts. A dry
     * run reports what would happen and writes nothing; otherwise all or nothing is applied.
     */
    public ImportReport importFactsFile(String name, byte[] bytes, boolean dryRun) {
        ImportReport report = new ImportReport(dryRun);
        String file = name == null || name.isBlank() ? "upload.yml" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        SeedReader.FactsResult read = reader.readFactsFile(file, bytes);
        List<ImportProblem> problems = new java.util.ArrayList<>(read.problems());
        java.util.Set<String> rejected = new java.util.HashSet<>();
        SeedValidator.validateFacts(read.facts(), facts.catalog(), problems, rejected);
        if (read.facts().isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(file, 0, "the file holds no facts"));
        }
        if (!problems.isEmpty()) {
            report.reject(problems, rejected.size());
            return report;
        }
        inOneTransaction(report, file, () -> applyFacts(read.facts(), FactStatus.DRAFT, report));
        return report;
    }

    private void apply(SeedSet seeds, ImportReport report) {
        for (SeedSet.CompanySeed c : seeds.companies()) {
            record(report, ImportReport.Kind.COMPANIES, c.slug(), catalog.putCompany(c.slug(), c.name(), c.position()));
        }
        for (SeedSet.TopicSeed t : seeds.topics()) {
            record(report, ImportReport.Kind.TOPICS, t.slug(),
                    catalog.putTopic(t.slug(), t.name(), t.description(), t.factLabel(), t.position()));
        }
        for (SeedSet.SourceSeed s : seeds.sources()) {
            record(report, ImportReport.Kind.SOURCES, s.slug(), catalog.putSource(s.slug(), s.fileName(), s.metadata(), s.text()));
        }
        applyFacts(seeds.facts(), FactStatus.PUBLISHED, report);
        for (SeedSet.ListSeed l : seeds.lists()) {
            record(report, ImportReport.Kind.LISTS, l.name(), editorial.putIfAbsent(l.name(), l.items()));
        }
        for (SeedSet.StorySeed st : seeds.stories()) {
            record(report, ImportReport.Kind.STORIES, st.slug(), stories.putIfAbsent(st.slug(), st.layout(), st.content()));
        }
        Map<String, DisagreementContent> byKey = new LinkedHashMap<>();
        seeds.disagreements().forEach(d -> byKey.put(d.key(), d.content()));
        disagreements.importDisagreements(byKey).forEach((key, outcome) ->
                record(report, ImportReport.Kind.DISAGREEMENTS, key, outcome));
        Map<String, GlossaryContent> terms = new LinkedHashMap<>();
        seeds.glossary().forEach(g -> terms.put(g.slug(), g.content()));
        glossary.importTerms(terms).forEach((slug, outcome) -> record(report, ImportReport.Kind.GLOSSARY, slug, outcome));
    }

    private static void record(ImportReport report, ImportReport.Kind kind, String key, ImportOutcome outcome) {
        report.record(kind, outcome);
        report.changed(kind, key, outcome, List.of());
    }

    private void applyFacts(List<SeedSet.FactSeed> seeds, FactStatus statusOfNew, ImportReport report) {
        Map<String, FactContent> byKey = new LinkedHashMap<>();
        seeds.forEach(f -> byKey.put(f.key(), f.content()));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        facts.importFacts(byKey, statusOfNew, fields::put).forEach((key, outcome) -> {
            report.record(ImportReport.Kind.FACTS, outcome);
            report.changed(ImportReport.Kind.FACTS, key, outcome, fields.getOrDefault(key, List.of()));
            if (outcome == ImportOutcome.KEPT_LOCAL_EDIT) {
                report.keptEdit(key);
            }
        });
        for (SeedSet.FactSeed seed : seeds) {
            if (!seed.formerly().isEmpty()) {
                for (String old : facts.merge(seed.key(), seed.formerly())) {
                    report.merged(old, seed.key());
                }
            }
        }
    }

    /** Applies all of it or none; a dry run rolls back what it applied, so its report is exact. */
    private void inOneTransaction(ImportReport report, String where, Runnable work) {
        try {
            transaction.executeWithoutResult(status -> {
                work.run();
                if (report.isDryRun()) {
                    status.setRollbackOnly();
                }
            });
        } catch (InvalidFactException | StoryService.InvalidStoryException | InvalidDisagreementException e) {
            // validation before makes this unreachable unless the rules and the validator drift apart
            report.reject(List.of(new ImportProblem(where, 0, e.getMessage())), 1);
        }
    }
}
