package org.sidebyside.disagreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.Topic;
import org.sidebyside.catalog.TopicRepository;
import org.sidebyside.fact.Fact;
import org.sidebyside.fact.FactRepository;
import org.sidebyside.fact.Problem;
import org.sidebyside.history.Action;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.History;
import org.sidebyside.history.Revision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way disagreements change: created and edited by instructors (every change recorded
 * with the content after it), retired rather than deleted, and loaded from the seed files,
 * where an instructor's edit since the last import wins, as it does for facts.
 */
@Service
@Transactional
public class DisagreementService {

    private final DisagreementRepository disagreements;
    private final TopicRepository topics;
    private final FactRepository facts;
    private final History history;

    public DisagreementService(DisagreementRepository disagreements, TopicRepository topics, FactRepository facts,
                               History history) {
        this.disagreements = disagreements;
        this.topics = topics;
        this.facts = facts;
        this.history = history;
    }

    /** A disagreement as stored now: for a form, and for the conflict page. */
    public record State(String key, DisagreementContent content, boolean retired, long version) {
    }

    /** What a revision records: the content after the change, and whether it was retired. */
    public record Snapshot(DisagreementContent content, boolean retired) {
    }

    /** All of them, retired ones too, with their sides and facts: for the admin list and the pages. */
    @Transactional(readOnly = true)
    public List<Disagreement> all() {
        List<Disagreement> all = disagreements.findAllWithSides();
        all.forEach(d -> d.getSides().forEach(s -> s.getFacts().size()));
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<State> state(String key) {
        return disagreements.findByKey(key).map(d -> new State(d.getKey(), d.content(), d.isRetired(), d.getVersion()));
    }

    @Transactional(readOnly = true)
    public List<Revision> history(String key) {
        return history.of(EntityType.DISAGREEMENT, key);
    }

    public Disagreement create(String key, DisagreementContent content) {
        if (!Slugs.isValid(key, 120)) {
            throw new InvalidDisagreementException(List.of(new Problem("key", "invalid",
                    "a key is lowercase words joined by hyphens, at most 120 characters")));
        }
        if (disagreements.findByKey(key).isPresent()) {
            throw new InvalidDisagreementException(List.of(new Problem("key", "taken",
                    "another disagreement has the key " + key)));
        }
        Disagreement d = new Disagreement(key);
        apply(d, content, new Catalog());
        disagreements.save(d);
        record(d, Action.CREATE, "created: " + d.getSubject());
        return d;
    }

    /** Changes the disagreement the instructor read at {@code expectedVersion}. */
    public Disagreement update(String key, DisagreementContent content, long expectedVersion) {
        Disagreement d = get(key);
        d.expectVersion(expectedVersion, EntityType.DISAGREEMENT, key);
        DisagreementContent before = d.content();
        apply(d, content, new Catalog());
        List<String> changed = d.content().changedFrom(before);
        if (!changed.isEmpty()) {
            disagreements.flush();
            record(d, Action.UPDATE, "updated: " + String.join(", ", changed));
        }
        return d;
    }

    /** No longer shown to students; kept with its history, and can be restored. */
    public void retire(String key, long expectedVersion) {
        Disagreement d = get(key);
        d.expectVersion(expectedVersion, EntityType.DISAGREEMENT, key);
        if (!d.isRetired()) {
            d.retire();
            record(d, Action.RETIRE, "retired");
        }
    }

    public void restore(String key, long expectedVersion) {
        Disagreement d = get(key);
        d.expectVersion(expectedVersion, EntityType.DISAGREEMENT, key);
        if (d.isRetired()) {
            d.restore();
            record(d, Action.RESTORE, "restored");
        }
    }

    /**
     * Loads disagreements from the seed files: new ones are inserted, changed ones updated,
     * unless an instructor edited one since its last import: that edit is kept. The caller
     * runs this in its transaction, so the whole import applies or none of it.
     */
    public Map<String, ImportOutcome> importDisagreements(Map<String, DisagreementContent> byKey) {
        Catalog catalog = new Catalog();
        Map<String, Disagreement> existing = disagreements.findAllWithSides().stream()
                .collect(Collectors.toMap(Disagreement::getKey, Function.identity()));
        Map<String, ImportOutcome> outcomes = new LinkedHashMap<>();
        byKey.forEach((key, content) -> {
            Disagreement d = existing.get(key);
            String seed = content.fingerprint();
            ImportOutcome outcome;
            if (d == null) {
                d = new Disagreement(key);
                apply(d, content, catalog);
                d.markImported(seed);
                disagreements.save(d);
                record(d, Action.IMPORT, "imported (new)");
                outcome = ImportOutcome.INSERTED;
            } else if (d.content().fingerprint().equals(seed)) {
                d.markImported(seed);
                outcome = ImportOutcome.UNCHANGED;
            } else if (d.editedSinceImport()) {
                outcome = ImportOutcome.KEPT_LOCAL_EDIT;
            } else {
                DisagreementContent before = d.content();
                apply(d, content, catalog);
                d.markImported(seed);
                record(d, Action.IMPORT, "import: " + String.join(", ", d.content().changedFrom(before)));
                outcome = ImportOutcome.UPDATED;
            }
            outcomes.put(key, outcome);
        });
        return outcomes;
    }

    /** A fact merged into another: each side that named it names the fact that absorbed it instead. */
    @org.springframework.context.event.EventListener
    void merged(org.sidebyside.fact.FactMerged merged) {
        for (Disagreement d : disagreements.findAllWithSides()) {
            if (d.replace(merged.duplicate(), merged.into())) {
                record(d, Action.UPDATE, "fact " + merged.duplicate().getKey() + " merged into " + merged.into().getKey());
            }
        }
    }

    private Disagreement get(String key) {
        return disagreements.findByKey(key).orElseThrow(() -> new DisagreementNotFoundException(key));
    }

    private void apply(Disagreement d, DisagreementContent content, Catalog catalog) {
        List<Problem> problems = DisagreementRules.check(content, catalog);
        if (!problems.isEmpty()) {
            throw new InvalidDisagreementException(problems);
        }
        d.apply(content, catalog.topics.get(content.topicSlug()), catalog.facts);
    }

    private void record(Disagreement d, Action action, String summary) {
        history.recordSnapshot(EntityType.DISAGREEMENT, d.getKey(), action, new Snapshot(d.content(), d.isRetired()), summary);
    }

    /** Topics and facts as stored, read once per operation. */
    private final class Catalog implements DisagreementRules.Catalog {

        private final Map<String, Topic> topics = DisagreementService.this.topics.findAll().stream()
                .collect(Collectors.toMap(Topic::getSlug, Function.identity()));
        private final Map<String, Fact> facts = DisagreementService.this.facts.findAll().stream()
                .collect(Collectors.toMap(Fact::getKey, Function.identity()));

        @Override
        public boolean hasTopic(String slug) {
            return topics.containsKey(slug);
        }

        @Override
        public boolean hasFact(String key) {
            return facts.containsKey(key);
        }
    }
}
