package org.sidebyside.catalog;

import org.sidebyside.ImportOutcome;
import org.sidebyside.history.Action;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.History;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and updates companies, topics and sources by slug. */
@Service
@Transactional
public class CatalogService {

    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final History history;

    public CatalogService(CompanyRepository companies, TopicRepository topics, SourceRepository sources,
                          History history) {
        this.companies = companies;
        this.topics = topics;
        this.sources = sources;
        this.history = history;
    }

    private ImportOutcome recorded(EntityType type, String slug, ImportOutcome outcome, String what) {
        if (outcome == ImportOutcome.INSERTED) {
            history.record(type, slug, Action.CREATE, "created: " + what);
        } else if (outcome == ImportOutcome.UPDATED) {
            history.record(type, slug, Action.UPDATE, "updated: " + what);
        }
        return outcome;
    }

    public ImportOutcome putCompany(String slug, String name, int position) {
        return recorded(EntityType.COMPANY, slug, companies.findBySlug(slug)
                .map(c -> c.rename(name, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    companies.save(new Company(slug, name, position));
                    return ImportOutcome.INSERTED;
                }), name);
    }

    public ImportOutcome putTopic(String slug, String name, String description, int position) {
        return recorded(EntityType.TOPIC, slug, topics.findBySlug(slug)
                .map(t -> t.describe(name, description, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    topics.save(new Topic(slug, name, description, position));
                    return ImportOutcome.INSERTED;
                }), name);
    }

    public ImportOutcome putSource(String slug, String fileName, SourceMetadata metadata, String fullText) {
        return recorded(EntityType.SOURCE, slug, sources.findBySlug(slug)
                .map(s -> s.update(metadata, fullText) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    sources.save(new Source(slug, fileName, metadata, fullText));
                    return ImportOutcome.INSERTED;
                }), metadata.label());
    }
}
