package org.sidebyside.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sidebyside.catalog.Topic;
import org.sidebyside.catalog.TopicRepository;
import org.sidebyside.quote.QuoteLocator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Works out the dashboard's {@link Attention} from the whole fact base, in one read. */
@Service
public class AttentionReport {

    private final FactRepository facts;
    private final CitationRepository citations;
    private final TopicRepository topics;

    public AttentionReport(FactRepository facts, CitationRepository citations, TopicRepository topics) {
        this.facts = facts;
        this.citations = citations;
        this.topics = topics;
    }

    @Transactional(readOnly = true)
    public Attention now() {
        List<Fact> all = facts.findAllWithContent();
        List<Attention.BrokenQuote> broken = new ArrayList<>();
        for (Citation c : citations.findAllWithFactAndSource()) {
            if (!QuoteLocator.standsAt(c.getSource().getFullText(), c.getQuote(), c.getStartOffset(), c.getEndOffset())) {
                broken.add(new Attention.BrokenQuote(c.getFact().getKey(), c.getQuote(), c.getSource().getSlug()));
            }
        }
        Map<String, Set<String>> companiesByTopic = new TreeMap<>();
        all.stream().filter(f -> f.getStatus() == FactStatus.PUBLISHED && f.getCompany() != null)
                .forEach(f -> companiesByTopic.computeIfAbsent(f.getTopic().getSlug(), t -> new TreeSet<>())
                        .add(f.getCompany().getName()));
        List<Attention.OneSided> oneSided = new ArrayList<>();
        for (Topic t : topics.findAllByOrderByPosition()) {
            Set<String> covered = companiesByTopic.getOrDefault(t.getSlug(), Set.of());
            if (covered.size() == 1) {
                oneSided.add(new Attention.OneSided(t.getSlug(), t.getName(), covered.iterator().next()));
            }
        }
        return new Attention(
                all.stream().filter(f -> f.getStatus() == FactStatus.PUBLISHED).count(),
                all.stream().filter(f -> f.getStatus() == FactStatus.DRAFT).count(),
                all.stream().filter(f -> f.getCitations().isEmpty()).map(Fact::getKey).toList(),
                broken, oneSided);
    }
}
