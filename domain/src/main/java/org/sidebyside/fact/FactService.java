package org.sidebyside.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sidebyside.ChangedMeanwhileException;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.CompanyRepository;
import org.sidebyside.catalog.Source;
import org.sidebyside.catalog.SourceRepository;
import org.sidebyside.catalog.Topic;
import org.sidebyside.catalog.TopicRepository;
import org.sidebyside.history.Action;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.FactDiff;
import org.sidebyside.history.FactSnapshot;
import org.sidebyside.history.History;
import org.hibernate.exception.ConstraintViolationException;
import org.sidebyside.history.Revision;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.sidebyside.catalog.CatalogRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way facts change. Checks {@link FactRules} against what is stored, so the
 * importer and the admin forms hold to the same rules.
 */
@Service
@Transactional
public class FactService {

    /** The unique constraint PostgreSQL names for {@code fact.fact_key}. */
    private static final String KEY_CONSTRAINT = "fact_fact_key_key";

    private final FactRepository facts;
    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final History history;
    private final FactRedirectRepository redirects;
    private final org.springframework.context.ApplicationEventPublisher events;

    public FactService(FactRepository facts, CompanyRepository companies, TopicRepository topics,
                       SourceRepository sources, History history, FactRedirectRepository redirects,
                       org.springframework.context.ApplicationEventPublisher events) {
        this.redirects = redirects;
        this.events = events;
        this.facts = facts;
        this.companies = companies;
        this.topics = topics;
        this.sources = sources;
        this.history = history;
    }

    /** A fact's content, status and version as stored now, read in one transaction. */
    public record State(String key, FactContent content, FactStatus status, long version, boolean inQuizzes) {
    }

    /** Facts for the curation list: text in the statement or key, company ("both" too), topic, status; each optional. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Fact> curation(String text, String company, String topic, FactStatus status,
                                                               org.springframework.data.domain.Pageable page) {
        return facts.findForCuration(text, company, topic, status, page);
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return facts.existsByKey(key);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<State> state(String key) {
        return facts.findByKey(key).map(f -> new State(f.getKey(), f.content(), f.getStatus(), f.getVersion(),
                f.isInQuizzes()));
    }

    /** The companies, topics and sources as stored, for checking facts before saving them. */
    @Transactional(readOnly = true)
    public FactRules.Catalog catalog() {
        return snapshot();
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
        try {
            facts.saveAndFlush(fact);
        } catch (DataIntegrityViolationException e) {
            // another create of the same key committed between the check above and this insert
            if (violates(e, KEY_CONSTRAINT)) {
                throw new FactKeyTakenException(key);
            }
            throw e;
        }
        record(fact, Action.CREATE, null);
        return fact;
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c
                    && constraint.equals(c.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the changes now, so that a concurrent save of the same version, which the check
     * of the expected version cannot see, fails here as the stale save it is.
     */
    private void flushOrStale(String key) {
        try {
            facts.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ChangedMeanwhileException(EntityType.FACT, key, null);
        }
    }

    /** Updates a fact the caller read at {@code expectedVersion}; refuses if it changed since. */
    public Fact update(String key, FactContent content, long expectedVersion) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        fact.expectVersion(expectedVersion, EntityType.FACT, key);
        FactSnapshot before = snapshotOf(fact);
        apply(fact, content, snapshot());
        flushOrStale(key);
        record(fact, Action.UPDATE, before);
        return fact;
    }

    /** Restores the content a fact had at one of its revisions; recorded as a new revision. */
    public Fact revert(String key, long revisionId, long expectedVersion) {
        Revision revision = history.revision(revisionId)
                .filter(r -> r.getEntityType() == EntityType.FACT && r.getEntityKey().equals(key) && r.getSnapshot() != null)
                .orElseThrow(() -> new FactNotFoundException(key + " at revision " + revisionId));
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        fact.expectVersion(expectedVersion, EntityType.FACT, key);
        FactSnapshot before = snapshotOf(fact);
        apply(fact, History.snapshotOf(revision).content(), snapshot());
        flushOrStale(key);
        record(fact, Action.REVERT, before);
        return fact;
    }

    public Fact publish(String key) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        if (fact.getStatus() != FactStatus.PUBLISHED) {
            fact.publish();
            record(fact, Action.PUBLISH, null);
        }
        return fact;
    }

    /** Takes a fact out of the quizzes, or puts it back; recorded like any change. */
    public Fact askInQuizzes(String key, boolean ask) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        if (fact.isInQuizzes() != ask) {
            fact.askInQuizzes(ask);
            history.recordFact(key, Action.UPDATE, snapshotOf(fact), ask ? "asked in quizzes again" : "left out of quizzes");
        }
        return fact;
    }

    public Fact unpublish(String key) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        if (fact.getStatus() != FactStatus.DRAFT) {
            fact.unpublish();
            record(fact, Action.UNPUBLISH, null);
        }
        return fact;
    }

    /** Deletes a fact the caller read at {@code expectedVersion}; its history stays. */
    public void delete(String key, long expectedVersion) {
        Fact fact = facts.findByKey(key).orElseThrow(() -> new FactNotFoundException(key));
        fact.expectVersion(expectedVersion, EntityType.FACT, key);
        record(fact, Action.DELETE, null);
        facts.delete(fact);
        flushOrStale(key);
    }

    /**
     * Merges near-duplicates into one fact: each old key, if a fact still has it, is deleted
     * (its history stays, ending "merged into ..."), and from now on leads to {@code intoKey}, as
     * do the keys that led to it. Already merged keys are left as they are.
     *
     * @return the old keys that were facts until now
     */
    public List<String> merge(String intoKey, java.util.Collection<String> oldKeys) {
        Fact into = facts.findByKey(intoKey).orElseThrow(() -> new FactNotFoundException(intoKey));
        List<String> merged = new java.util.ArrayList<>();
        for (String old : oldKeys) {
            if (old.equals(intoKey)) {
                throw new IllegalArgumentException("a fact cannot be merged into itself: " + old);
            }
            Optional<Fact> duplicate = facts.findByKey(old);
            if (duplicate.isPresent()) {
                Fact gone = duplicate.get();
                for (FactRedirect r : redirects.findByFact(gone)) {
                    r.pointAt(into);
                }
                history.recordFact(old, Action.DELETE, snapshotOf(gone), "merged into " + intoKey);
                events.publishEvent(new FactMerged(gone, into));
                facts.delete(gone);
                facts.flush();
                merged.add(old);
            }
            FactRedirect redirect = redirects.findById(old).orElseGet(() -> new FactRedirect(old, into));
            redirect.pointAt(into);
            redirects.save(redirect);
        }
        return merged;
    }

    /** The key an old, merged key now leads to. */
    @Transactional(readOnly = true)
    public Optional<String> redirect(String oldKey) {
        return redirects.findById(oldKey).map(r -> r.getFact().getKey());
    }

    /** Every merged key with the key it leads to, for the pages. */
    @Transactional(readOnly = true)
    public Map<String, String> redirects() {
        return redirects.findAllTargets().stream().collect(Collectors.toMap(
                FactRedirectRepository.Target::getOldKey, FactRedirectRepository.Target::getNewKey));
    }

    private static FactSnapshot snapshotOf(Fact fact) {
        return new FactSnapshot(fact.content(), fact.getStatus());
    }

    private void record(Fact fact, Action action, FactSnapshot before) {
        FactSnapshot now = snapshotOf(fact);
        String summary = switch (action) {
            case CREATE -> "created (" + fact.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ")";
            case UPDATE, REVERT, IMPORT -> before == null ? action.name().toLowerCase(java.util.Locale.ROOT)
                    : action.name().toLowerCase(java.util.Locale.ROOT) + ": " + String.join(", ", FactDiff.changed(before, now));
            case PUBLISH -> "published";
            case UNPUBLISH -> "unpublished";
            case DELETE -> "deleted";
            case RETIRE, RESTORE -> throw new IllegalArgumentException("facts are deleted, not retired");
        };
        history.recordFact(fact.getKey(), action, now, summary);
    }

    /**
     * Loads facts from the seed files: new ones are inserted (published), changed ones
     * updated, unless a fact was edited in the app since its last import: that edit is kept.
     * The caller runs this inside its transaction so the whole import applies or none of it.
     */
    public Map<String, ImportOutcome> importFacts(Map<String, FactContent> byKey) {
        return importFacts(byKey, FactStatus.PUBLISHED);
    }

    /** As {@link #importFacts(Map)}, with the status new facts start in (uploads start as drafts). */
    public Map<String, ImportOutcome> importFacts(Map<String, FactContent> byKey, FactStatus statusOfNew) {
        return importFacts(byKey, statusOfNew, (key, fields) -> { });
    }

    /** Told, for each fact an import updates, the names of the fields it changed. */
    @FunctionalInterface
    public interface ImportedChanges {
        void updated(String key, List<String> fields);
    }

    /** As {@link #importFacts(Map, FactStatus)}, telling {@code changes} what each update changed. */
    public Map<String, ImportOutcome> importFacts(Map<String, FactContent> byKey, FactStatus statusOfNew,
                                                  ImportedChanges changes) {
        facts.awaitTurnToImport();
        Snapshot catalog = snapshot();
        Map<String, Fact> existing = facts.findAllWithContent().stream()
                .collect(Collectors.toMap(Fact::getKey, Function.identity()));
        Map<String, ImportOutcome> outcomes = new LinkedHashMap<>();
        byKey.forEach((key, content) -> outcomes.put(key, importOne(key, content, existing.get(key), catalog, statusOfNew, changes)));
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

    private ImportOutcome importOne(String key, FactContent content, Fact fact, Snapshot catalog, FactStatus statusOfNew,
                                    ImportedChanges changes) {
        ImportOutcome outcome = plan(content, fact);
        switch (outcome) {
            case INSERTED -> {
                Fact created = new Fact(key, statusOfNew);
                apply(created, content, catalog);
                created.markImported(content.fingerprint());
                facts.save(created);
                history.recordFact(key, Action.IMPORT, snapshotOf(created), "imported (new)");
            }
            case UPDATED -> {
                FactSnapshot before = snapshotOf(fact);
                apply(fact, content, catalog);
                fact.markImported(content.fingerprint());
                record(fact, Action.IMPORT, before);
                changes.updated(key, FactDiff.changed(before, snapshotOf(fact)));
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
        fact.apply(content, company, topic, cited, result.spans(), catalog.namesOfAllCompanies());
    }

    /**
     * A topic or company was renamed: the facts filed under it are found by the new name (and
     * no longer by the old one) from the same transaction on.
     */
    @EventListener
    void renamed(CatalogRenamed renamed) {
        String names = namesOfAllCompanies(companies.findAll());
        facts.findAllWithContent().stream()
                .filter(f -> renamed.affects(f.getTopic().getSlug(), f.getCompany() == null ? null : f.getCompany().getSlug()))
                .forEach(f -> f.indexForSearch(names));
    }

    private static String namesOfAllCompanies(java.util.Collection<Company> all) {
        return all.stream().sorted(java.util.Comparator.comparingInt(Company::getPosition))
                .map(Company::getName).collect(Collectors.joining(" "));
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

        String namesOfAllCompanies() {
            return FactService.namesOfAllCompanies(companies.values());
        }

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
