package org.sidebyside.web.factbase;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sidebyside.editorial.EditorialList;

/**
 * The published facts with their companies, topics, sources and the sources' texts: one
 * immutable snapshot that every request shares until something students see changes.
 * Facts keep a stable order: topic, then company column (facts about both last), then the
 * order they were added in (for the seed files, the order the articles tell them).
 *
 * <p>Its {@link #version()} is a digest of everything it holds, so two app instances that read
 * the same database state agree on it, and HTTP validators derived from it hold across them.
 */
public final class FactBase {

    private final List<CompanyView> companies;
    private final List<TopicView> topics;
    private final List<SourceView> sources;
    private final List<FactView> facts;
    private final Map<String, FactView> byKey;
    private final Map<TopicView, List<FactView>> byTopic;
    private final Map<String, String> texts;
    private final Map<String, List<String>> lists;
    private final List<StoryView> stories;
    private final List<DisagreementView> disagreements;
    private final Map<String, List<DisagreementView>> disagreementsByFact;
    private final Map<String, String> redirects;
    private final List<GlossaryView> glossary;
    private final Instant readAt;
    private final String version;

    FactBase(List<CompanyView> companies, List<TopicView> topics, List<SourceView> sources, List<FactView> facts,
             Map<String, String> texts, Map<String, List<String>> lists, List<StoryView> stories,
             List<DisagreementView> disagreements, Map<String, String> redirects, List<GlossaryView> glossary,
             Instant readAt) {
        this.companies = List.copyOf(companies);
        this.topics = List.copyOf(topics);
        this.sources = List.copyOf(sources);
        this.facts = facts.stream().sorted(Comparator
                .comparingInt((FactView f) -> f.topic().position())
                .thenComparingInt(f -> f.company() == null ? Integer.MAX_VALUE : f.company().position())
                .thenComparingLong(FactView::id)).toList();
        this.byKey = this.facts.stream().collect(Collectors.toMap(FactView::key, Function.identity()));
        this.byTopic = this.facts.stream().collect(Collectors.groupingBy(FactView::topic, Collectors.toUnmodifiableList()));
        this.texts = Map.copyOf(texts);
        this.lists = Map.copyOf(lists);
        this.stories = List.copyOf(stories);
        this.disagreements = List.copyOf(disagreements);
        Map<String, List<DisagreementView>> byFact = new LinkedHashMap<>();
        this.disagreements.forEach(d -> d.sides().forEach(s -> s.facts().forEach(f ->
                byFact.computeIfAbsent(f.key(), k -> new java.util.ArrayList<>()).add(d))));
        this.disagreementsByFact = byFact;
        this.redirects = Map.copyOf(redirects);
        this.glossary = List.copyOf(glossary);
        this.readAt = readAt;
        this.version = FactBaseDigest.of(this.companies, this.topics, this.sources, this.facts, this.texts, this.lists,
                this.stories, this.disagreements, this.redirects, this.glossary);
    }

    /** A digest of the whole content: equal for equal content, whichever instance read it. */
    public String version() {
        return version;
    }

    /** When this snapshot was read from the database. */
    public Instant readAt() {
        return readAt;
    }

    /** An editorial list's items in order (comparison keys or topic slugs); empty when not set. */
    public List<String> list(EditorialList list) {
        return lists.getOrDefault(list.listName(), List.of());
    }

    /** The stories, in the order instructors gave them. */
    public List<StoryView> stories() {
        return stories;
    }

    public Optional<StoryView> story(String slug) {
        return stories.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** A source article's full text, for the reader. */
    public Optional<String> text(String sourceSlug) {
        return Optional.ofNullable(texts.get(sourceSlug));
    }

    public List<CompanyView> companies() {
        return companies;
    }

    public List<TopicView> topics() {
        return topics;
    }

    public List<SourceView> sources() {
        return sources;
    }

    public List<FactView> facts() {
        return facts;
    }

    public Optional<FactView> fact(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<TopicView> topic(String slug) {
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<CompanyView> company(String slug) {
        return companies.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<SourceView> source(String slug) {
        return sources.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The disagreements students see, in the order they were added. */
    public List<DisagreementView> disagreements() {
        return disagreements;
    }

    public Optional<DisagreementView> disagreement(String key) {
        return disagreements.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The disagreements read under a topic. */
    public List<DisagreementView> disagreementsOn(TopicView topic) {
        return disagreements.stream().filter(d -> d.topic().equals(topic)).toList();
    }

    /** The disagreements a fact stands in, on one side or another. */
    public List<DisagreementView> disagreementsOf(FactView fact) {
        return disagreementsByFact.getOrDefault(fact.key(), List.of());
    }

    /** The glossary's terms, in the order of the seed file (by theme). */
    public List<GlossaryView> glossary() {
        return glossary;
    }

    /** The key a merged fact's old key now leads to, if it was merged. */
    public Optional<String> redirect(String oldKey) {
        return Optional.ofNullable(redirects.get(oldKey));
    }

    public List<FactView> factsOn(TopicView topic) {
        return byTopic.getOrDefault(topic, List.of());
    }
}
