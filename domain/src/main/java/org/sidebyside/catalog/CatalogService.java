package org.sidebyside.catalog;

import org.sidebyside.ImportOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and updates companies, topics and sources by slug. */
@Service
@Transactional
public class CatalogService {

    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final SourceRepository sources;

    public CatalogService(CompanyRepository companies, TopicRepository topics, SourceRepository sources) {
        this.companies = companies;
        this.topics = topics;
        this.sources = sources;
    }

    public ImportOutcome putCompany(String slug, String name, int position) {
        return companies.findBySlug(slug)
                .map(c -> c.rename(name, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    companies.save(new Company(slug, name, position));
                    return ImportOutcome.INSERTED;
                });
    }

    public ImportOutcome putTopic(String slug, String name, String description, int position) {
        return topics.findBySlug(slug)
                .map(t -> t.describe(name, description, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    topics.save(new Topic(slug, name, description, position));
                    return ImportOutcome.INSERTED;
                });
    }

    public ImportOutcome putSource(String slug, String fileName, SourceMetadata metadata, String fullText) {
        return sources.findBySlug(slug)
                .map(s -> s.update(metadata, fullText) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    sources.save(new Source(slug, fileName, metadata, fullText));
                    return ImportOutcome.INSERTED;
                });
    }
}
