package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.sidebyside.ImportOutcome;
import org.sidebyside.history.Action;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.History;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Creates and updates companies, topics and sources by slug. */
@Service
@Transactional
public class CatalogService {

    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final History history;
    private final ApplicationEventPublisher events;

    public CatalogService(CompanyRepository companies, TopicRepository topics, SourceRepository sources,
                          History history, ApplicationEventPublisher events) {
        this.companies = companies;
        this.topics = topics;
        this.sources = sources;
        this.history = history;
        this.events = events;
    }

    private ImportOutcome recorded(EntityType type, String slug, ImportOutcome outcome, String what) {
        if (outcome == ImportOutcome.INSERTED) {
            history.record(type, slug, Action.CREATE, "created: " + what);
        } else if (outcome == ImportOutcome.UPDATED) {
            history.record(type, slug, Action.UPDATE, "updated: " + what);
        }
        return outcome;
    }

    /** No topic, company or source has that slug. */
    public static class NotFoundException extends org.sidebyside.NoSuchRecordException {
        public NotFoundException(String what) {
            super(what);
        }
    }

    /** The pages compare two companies side by side: a third cannot be added. */
    public static class TooManyCompaniesException extends RuntimeException {
        public TooManyCompaniesException() {
            super("the pages compare " + MAX_COMPANIES + " companies");
        }
    }

    /** A topic, source or company that is still in use cannot be deleted. */
    public static class InUseException extends RuntimeException {
        public InUseException(String what) {
            super(what + " is still used by facts or stories");
        }
    }

    /** A slug or file name that another record already has; {@link #field()} says which. */
    public static class TakenException extends IllegalArgumentException {
        private final String field;

        public TakenException(String field) {
            super(field + "-taken");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }


    public void createTopic(String slug, String name, String description, String factLabel, int position) {
        if (topics.findBySlug(slug).isPresent()) {
            throw new TakenException("slug");
        }
        try {
            topics.saveAndFlush(new Topic(Slugs.require(slug), name, description, factLabel, position));
        } catch (DataIntegrityViolationException e) {
            // the same slug, saved at the same moment by someone else
            throw new TakenException("slug");
        }
        history.record(EntityType.TOPIC, slug, Action.CREATE, "created: " + name);
    }

    public void updateTopic(String slug, String name, String description, String factLabel, int position, long version) {
        Topic t = topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
        t.expectVersion(version, EntityType.TOPIC, slug);
        if (describe(t, name, description, factLabel, position)) {
            history.record(EntityType.TOPIC, slug, Action.UPDATE, "updated: " + name);
        }
    }

    /** Deletes what no fact uses; one that is still used, or changed meanwhile, is refused. */
    public void deleteTopic(String slug, long version) {
        Topic t = topics.findBySlug(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
        t.expectVersion(version, EntityType.TOPIC, slug);
        if (topics.isInUse(slug)) {
            throw new InUseException("topic " + slug);
        }
        topics.delete(t);
        history.record(EntityType.TOPIC, slug, Action.DELETE, "deleted: " + t.getName());
    }

    /** The pages compare two companies side by side: a third cannot be added. */
    public static final int MAX_COMPANIES = 2;

    public void createCompany(String slug, String name, int position) {
        if (companies.count() >= MAX_COMPANIES) {
            throw new TooManyCompaniesException();
        }
        if (companies.findBySlug(slug).isPresent()) {
            throw new TakenException("slug");
        }
        try {
            companies.saveAndFlush(new Company(Slugs.require(slug), name, position));
        } catch (DataIntegrityViolationException e) {
            throw new TakenException("slug");
        }
        history.record(EntityType.COMPANY, slug, Action.CREATE, "created: " + name);
    }

    /** Deletes what no fact uses; one that is still used, or changed meanwhile, is refused. */
    public void deleteCompany(String slug, long version) {
        Company c = companies.findBySlug(slug).orElseThrow(() -> new NotFoundException("company " + slug));
        c.expectVersion(version, EntityType.COMPANY, slug);
        if (companies.isInUse(slug)) {
            throw new InUseException("company " + slug);
        }
        companies.delete(c);
        history.record(EntityType.COMPANY, slug, Action.DELETE, "deleted: " + c.getName());
    }

    public void updateCompany(String slug, String name, int position, long version) {
        Company c = companies.findBySlug(slug).orElseThrow(() -> new NotFoundException("company " + slug));
        c.expectVersion(version, EntityType.COMPANY, slug);
        if (rename(c, name, position)) {
            history.record(EntityType.COMPANY, slug, Action.UPDATE, "updated: " + name);
        }
    }

    public void createSource(String slug, String fileName, SourceMetadata metadata, String text) {
        if (sources.findBySlug(slug).isPresent()) {
            throw new TakenException("slug");
        }
        if (sources.existsByFileName(fileName)) {
            throw new TakenException("fileName");
        }
        try {
            sources.saveAndFlush(new Source(Slugs.require(slug), fileName, metadata, text));
        } catch (DataIntegrityViolationException e) {
            // the same slug or file name, saved at the same moment by someone else
            throw new TakenException(String.valueOf(e.getMessage()).contains("source_file_name_key") ? "fileName" : "slug");
        }
        history.record(EntityType.SOURCE, slug, Action.CREATE, "created: " + metadata.label());
    }

    /**
     * Changes a source's metadata or text. Citations keep their offsets: the dashboard lists
     * those whose quote no longer stands there, for an instructor to fix.
     */
    public void updateSource(String slug, SourceMetadata metadata, String text, long version) {
        Source s = sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source " + slug));
        s.expectVersion(version, EntityType.SOURCE, slug);
        boolean textChanged = !text.equals(s.getFullText());
        if (s.update(metadata, text)) {
            history.record(EntityType.SOURCE, slug, Action.UPDATE, "updated" + (textChanged ? " (text)" : "") + ": " + metadata.label());
        }
    }

    /** Deletes what no fact uses; one that is still used, or changed meanwhile, is refused. */
    public void deleteSource(String slug, long version) {
        Source s = sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source " + slug));
        s.expectVersion(version, EntityType.SOURCE, slug);
        if (sources.isInUse(slug)) {
            throw new InUseException("source " + slug);
        }
        sources.delete(s);
        history.record(EntityType.SOURCE, slug, Action.DELETE, "deleted: " + s.getLabel());
    }

    /** Every topic, in the order pages show them. */
    @Transactional(readOnly = true)
    public List<Topic> topics() {
        return topics.findAllByOrderByPosition();
    }

    /** Every source, by file name. */
    @Transactional(readOnly = true)
    public List<Source> sources() {
        return sources.findAllByOrderByFileName();
    }

    /** Both companies, in column order. */
    @Transactional(readOnly = true)
    public List<Company> companies() {
        return companies.findAllByOrderByPosition();
    }

    @Transactional(readOnly = true)
    public Optional<Topic> topic(String slug) {
        return topics.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public Optional<Source> source(String slug) {
        return sources.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public Optional<Company> company(String slug) {
        return companies.findBySlug(slug);
    }

    public ImportOutcome putCompany(String slug, String name, int position) {
        return recorded(EntityType.COMPANY, slug, companies.findBySlug(slug)
                .map(c -> rename(c, name, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    companies.save(new Company(slug, name, position));
                    return ImportOutcome.INSERTED;
                }), name);
    }

    public ImportOutcome putTopic(String slug, String name, String description, String factLabel, int position) {
        return recorded(EntityType.TOPIC, slug, topics.findBySlug(slug)
                .map(t -> describe(t, name, description, factLabel, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED)
                .orElseGet(() -> {
                    topics.save(new Topic(slug, name, description, factLabel, position));
                    return ImportOutcome.INSERTED;
                }), name);
    }

    /**
     * Every change of a topic goes through here, from the form and from an import alike: a new
     * name is announced ({@link CatalogRenamed}), so that what copies it follows. Returns
     * whether anything changed.
     */
    private boolean describe(Topic t, String name, String description, String factLabel, int position) {
        String before = t.getName();
        boolean changed = t.describe(name, description, factLabel, position);
        if (!before.equals(t.getName())) {
            events.publishEvent(CatalogRenamed.topic(t.getSlug()));
        }
        return changed;
    }

    /** As {@link #describe}, for a company. */
    private boolean rename(Company c, String name, int position) {
        String before = c.getName();
        boolean changed = c.rename(name, position);
        if (!before.equals(c.getName())) {
            events.publishEvent(CatalogRenamed.company(c.getSlug()));
        }
        return changed;
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
