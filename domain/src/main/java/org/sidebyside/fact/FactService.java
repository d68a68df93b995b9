package org.sidebyside.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.CompanyRepository;
import org.sidebyside.catalog.Source;
import org.sidebyside.catalog.SourceRepository;
import org.sidebyside.catalog.Topic;
import org.sidebyside.catalog.TopicRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way facts change. Checks {@link FactRules} against what is stored, so the
 * importer and the admin forms hold to the same rules.
 */
@Service
@Transactional
public class FactService {

    private final FactRepository facts;
    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final SourceRepository sources;

    public FactService(FactRepository facts, CompanyRepository companies, TopicRepository topics,
                       SourceRepository sources) {
        this.facts = facts;
        this.companies = companies;
        this.topics = topics;
        this.sources = sources;
    }

    /** Checks content without saving anything. */
    @Transactional(readOnly = true)
    public FactRules.Result check(FactContent content) {
        return FactRules.check(content, snapshot());
    }

    public Fact create(String key, FactContent content, FactStatus status) {
        if (!FactRules.isValidKey(key)) {
            throw new InvalidFactException(List.of(new Problem("key", "invalid",
                    "a key is lowercase words joined by hyphens")));
        }
        if (facts.existsByKey(key)) {
            throw new FactKeyTakenException(key);
        }
        Snapshot catalog = snapshot();
        Fact fact = new Fact(key, status);
        apply(fact, content, catalog);
        return facts.save(fact);
    }

    /** Updates a fact the caller read at {@code expectedVersion}; refuses if it changed since. */
    public Fact update(String key, FactContent content, long expectedVersion) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        if (fact.getVersion() != expectedVersion) {
            throw new StaleFactException(key);
        }
        apply(fact, content, snapshot());
        return fact;
    }

    public Fact publish(String key) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        fact.publish();
        return fact;
    }

    public Fact unpublish(String key) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        fact.unpublish();
        return fact;
    }

    /**
     * Loads facts from the seed files: new ones are inserted (published), changed ones
     * updated, unless a fact was edited in the app since its last import: that edit is kept.
     * The caller runs this inside its transaction so the whole import applies or none of it.
     */
    public Map<String, ImportOutcome> importFacts(Map<String, FactContent> byKey) {
        Snapshot catalog = snapshot();
        Map<String, Fact> existing = facts.findAllWithContent().stream()
                .collect(Collectors.toMap(Fact::getKey, Function.identity()));
        Map<String, ImportOutcome> outcomes = new LinkedHashMap<>();
        byKey.forEach((key, content) -> outcomes.put(key, importOne(key, content, existing.get(key), catalog)));
        return outcomes;
    }

    private static ImportOutcome plan(FactContent content, Fact fact) {
        if (fact == null) {
            return ImportOutcome.INSERTED;
        }
        String seed = content.fingerprint();
        String current = fact.content().fingerprint();
        if (current.equals(seed)) {
            return ImportOutcome.UNCHANGED;
        }
        return fact.editedSinceImport() ? ImportOutcome.KEPT_LOCAL_EDIT : ImportOutcome.UPDATED;
    }

    private ImportOutcome importOne(String key, FactContent content, Fact fact, Snapshot catalog) {
        ImportOutcome outcome = plan(content, fact);
        switch (outcome) {
            case INSERTED -> {
                Fact created = new Fact(key, FactStatus.PUBLISHED);
                apply(created, content, catalog);
                created.markImported(content.fingerprint());
                facts.save(created);
            }
            case UPDATED -> {
                apply(fact, content, catalog);
                fact.markImported(content.fingerprint());
            }
            case UNCHANGED -> {
                if (!content.fingerprint().equals(fact.getImportFingerprint())) {
                    // the app and the seed files agree again; remember that as the imported state
                    fact.markImported(content.fingerprint());
                }
            }
            case KEPT_LOCAL_EDIT -> {
                // an instructor's edit wins over the seed files; the report names it
            }
        }
        return outcome;
    }

    private void apply(Fact fact, FactContent content, Snapshot catalog) {
        FactRules.Result result = FactRules.check(content, catalog);
        result.throwIfInvalid();
        Company company = content.companySlug() == null ? null : catalog.companies.get(content.companySlug());
        Topic topic = catalog.topics.get(content.topicSlug());
        List<Source> cited = content.citations().stream().map(c -> catalog.sources.get(c.sourceSlug())).toList();
        fact.apply(content, company, topic, cited, result.spans());
    }

    private Snapshot snapshot() {
        return new Snapshot(
                companies.findAll().stream().collect(Collectors.toMap(Company::getSlug, Function.identity())),
                topics.findAll().stream().collect(Collectors.toMap(Topic::getSlug, Function.identity())),
                sources.findAll().stream().collect(Collectors.toMap(Source::getSlug, Function.identity())));
    }

    /** The catalog as stored, read once per operation. */
    private record Snapshot(Map<String, Company> companies, Map<String, Topic> topics,
                            Map<String, Source> sources) implements FactRules.Catalog {

        @Override
        public boolean hasCompany(String slug) {
            return companies.containsKey(slug);
        }

        @Override
        public boolean hasTopic(String slug) {
            return topics.containsKey(slug);
        }

        @Override
        public Optional<String> sourceText(String slug) {
            return Optional.ofNullable(sources.get(slug)).map(Source::getFullText);
        }
    }
}
