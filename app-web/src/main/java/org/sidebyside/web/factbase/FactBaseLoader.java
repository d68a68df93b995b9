package org.sidebyside.web.factbase;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.CompanyRepository;
import org.sidebyside.catalog.Source;
import org.sidebyside.catalog.SourceRepository;
import org.sidebyside.catalog.Topic;
import org.sidebyside.catalog.TopicRepository;
import org.sidebyside.disagreement.Disagreement;
import org.sidebyside.disagreement.DisagreementService;
import org.sidebyside.fact.Citation;
import org.sidebyside.fact.FactService;
import org.sidebyside.glossary.GlossaryService;
import org.sidebyside.fact.Fact;
import org.sidebyside.editorial.EditorialService;
import org.sidebyside.editorial.StoryService;
import org.sidebyside.fact.FactRepository;
import org.sidebyside.fact.FactStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published fact base from the database in four queries, whatever its size:
 * companies, topics, sources, and the facts with their citations. Sources are read first, so
 * the citations find them in the persistence context instead of querying each.
 */
@Component
class FactBaseLoader {

    private final CompanyRepository companies;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final FactRepository facts;
    private final EditorialService editorial;
    private final StoryService stories;
    private final DisagreementService disagreements;
    private final FactService factService;
    private final GlossaryService glossary;

    FactBaseLoader(CompanyRepository companies, TopicRepository topics, SourceRepository sources,
                   FactRepository facts, EditorialService editorial, StoryService stories,
                   DisagreementService disagreements, FactService factService, GlossaryService glossary) {
        this.glossary = glossary;
        this.disagreements = disagreements;
        this.factService = factService;
        this.editorial = editorial;
        this.stories = stories;
        this.companies = companies;
        this.topics = topics;
        this.sources = sources;
        this.facts = facts;
    }

    /** Companies, topics and sources by id, read once, for turning facts into views. */
    private record Catalog(Map<Long, CompanyView> companies, Map<Long, TopicView> topics, Map<Long, SourceView> sources,
                           Map<String, String> texts) {

        FactView view(Fact f, Map<String, List<FactView.Dispute>> disputes) {
            List<CitationView> citations = f.getCitations().stream().map((Citation c) -> new CitationView(c.getId(),
                    sources.get(c.getSource().getId()), c.getQuote(), c.getStartOffset(), c.getEndOffset())).toList();
            return new FactView(f.getId(), f.getKey(),
                    f.getCompany() == null ? null : companies.get(f.getCompany().getId()),
                    topics.get(f.getTopic().getId()), f.getKind(), f.getStatement(),
                    f.getValue() == null ? null : f.getValue().stripTrailingZeros(), f.getUnit(),
                    f.getQualifier(), f.getAsOf(), f.getComparison(), f.getNote(), citations, f.getMarket(),
                    disputes.getOrDefault(f.getKey(), List.of()), f.isInQuizzes(), f.getMeasure());
        }
    }

    private Catalog catalog() {
        Map<String, String> texts = new HashMap<>();
        Map<Long, SourceView> sourceViews = new HashMap<>();
        for (Source s : sources.findAll()) {
            sourceViews.put(s.getId(), view(s));
            texts.put(s.getSlug(), s.getFullText());
        }
        return new Catalog(
                companies.findAll().stream().collect(Collectors.toMap(Company::getId,
                        c -> new CompanyView(c.getSlug(), c.getName(), c.getPosition()))),
                topics.findAll().stream().collect(Collectors.toMap(Topic::getId,
                        t -> new TopicView(t.getSlug(), t.getName(), t.getDescription(), t.getFactLabel(), t.getPosition()))),
                sourceViews, texts);
    }

    /** The whole published fact base, as one immutable snapshot. */
    @Transactional(readOnly = true)
    public FactBase published() {
        Instant readAt = Instant.now();
        Catalog catalog = catalog();
        List<Fact> publishedFacts = facts.findWithCitationsByStatus(FactStatus.PUBLISHED);
        java.util.Set<String> publishedKeys = publishedFacts.stream().map(Fact::getKey).collect(Collectors.toSet());
        List<Disagreement> shown = disagreements.all().stream().filter(d -> shown(d, publishedKeys)).toList();
        Map<String, List<FactView.Dispute>> disputes = new HashMap<>();
        shown.forEach(d -> d.getSides().forEach(s -> s.getFacts().forEach(f -> disputes
                .computeIfAbsent(f.getKey(), k -> new java.util.ArrayList<>())
                .add(new FactView.Dispute(d.getKey(), d.getSubject())))));
        List<FactView> factViews = publishedFacts.stream().map(f -> catalog.view(f, disputes)).toList();
        return new FactBase(
                catalog.companies().values().stream().sorted(Comparator.comparingInt(CompanyView::position)).toList(),
                catalog.topics().values().stream().sorted(Comparator.comparingInt(TopicView::position)).toList(),
                catalog.sources().values().stream().sorted(Comparator.comparing(SourceView::fileName)).toList(),
                factViews, catalog.texts(), editorial.lists(), stories(catalog), disagreements(shown, catalog, factViews),
                factService.redirects(), glossary.all().stream().map(g -> GlossaryView.of(g.getSlug(), g.getTerm(), g.getAlso(),
                        g.getDefinition(), g.getSource() == null ? null : catalog.sources().get(g.getSource().getId()),
                        g.getQuote())).toList(), readAt);
    }

    /** Whether students see a disagreement: not retired, and at least two sides with a published fact. */
    private static boolean shown(Disagreement d, java.util.Set<String> published) {
        return !d.isRetired() && d.getSides().stream()
                .filter(s -> s.getFacts().stream().anyMatch(f -> published.contains(f.getKey()))).count() >= 2;
    }

    /** The disagreements students see, each side with its published facts only. */
    private static List<DisagreementView> disagreements(List<Disagreement> shown, Catalog catalog, List<FactView> published) {
        Map<String, FactView> byKey = published.stream().collect(Collectors.toMap(FactView::key, f -> f));
        return shown.stream().map(d -> new DisagreementView(d.getKey(), catalog.topics().get(d.getTopic().getId()),
                d.getSubject(), d.getKind(), d.getSummary(), d.getSides().stream()
                .map(s -> new DisagreementView.Side(s.getLabel(), s.getFacts().stream().map(f -> byKey.get(f.getKey()))
                        .filter(java.util.Objects::nonNull).toList()))
                .filter(s -> !s.facts().isEmpty()).toList())).toList();
    }

    /** The stories whose topic exists (the schema sees to that), in order. */
    private List<StoryView> stories(Catalog catalog) {
        Map<String, TopicView> bySlug = catalog.topics().values().stream()
                .collect(Collectors.toMap(TopicView::slug, t -> t));
        return stories.all().stream().map(s -> new StoryView(s.getSlug(), s.getTitle(), s.getLead(),
                bySlug.get(s.getTopicSlug()), s.getLayout(), s.getSections().stream()
                        .map(x -> new StoryView.Section(x.getItem(), x.getHeading())).toList())).toList();
    }

    /** Any fact, draft or published, as a student page would show it: for an instructor's preview. */
    @Transactional(readOnly = true)
    public Optional<FactView> anyStatus(String key) {
        return facts.findByKey(key).map(f -> catalog().view(f, Map.of()));
    }

    private static SourceView view(Source s) {
        return new SourceView(s.getSlug(), s.getFileName(), s.getLabel(), s.getTitle(), s.getKind(), s.getAuthor(),
                s.getPublisher(), s.getPublished(), s.getNote(), s.metadata().reported().orElse(null));
    }
}
