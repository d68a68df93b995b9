package org.sidebyside.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What leads the results page when a question was asked: the best fact, if it covers enough
 * of the question; when the question compares the two companies, the best fact of each (the
 * other one's sharing the first one's comparison key if one ranks), after a fact about both
 * that ranks first; and when nothing covers enough, the topics closest to what was asked.
 *
 * @param overview    a fact about both companies that answers a comparison best, or null
 * @param best        the fact that answers it, or null when none covers enough of it
 * @param counterpart the other company's fact, when comparing, or null
 * @param topics      the topics of the best matches (slugs, at most three)
 */
public record Answer(SearchResults.FactHit overview, SearchResults.FactHit best, SearchResults.FactHit counterpart,
                     List<String> topics) {

    /**
     * How well the best fact must answer (cover the question's words, or be as near in meaning)
     * to be shown as its answer.
     */
    public static final double ENOUGH = 0.5;

    public static Optional<Answer> of(SearchResults results) {
        Question q = results.question();
        if (results.query().page() > 1 || !(q.question() || q.comparison()) || results.query().isEmpty()) {
            return Optional.empty();
        }
        List<SearchResults.FactHit> hits = results.facts();
        if (hits.isEmpty() || hits.get(0).score() < ENOUGH) {
            List<String> topics = new ArrayList<>();
            hits.stream().map(SearchResults.FactHit::topicSlug).distinct().limit(3).forEach(topics::add);
            return Optional.of(new Answer(null, null, null, topics));
        }
        SearchResults.FactHit top = hits.get(0);
        if (!q.comparison()) {
            return Optional.of(new Answer(null, top, null, List.of(top.topicSlug())));
        }
        SearchResults.FactHit overview = top.companySlug() == null ? top : null;
        SearchResults.FactHit best = hits.stream().filter(h -> h.companySlug() != null && h.score() >= ENOUGH / 2)
                .findFirst().orElse(null);
        SearchResults.FactHit counterpart = null;
        if (best != null) {
            List<SearchResults.FactHit> other = hits.stream().filter(h -> h.companySlug() != null
                    && !h.companySlug().equals(best.companySlug()) && h.score() >= ENOUGH / 2).toList();
            counterpart = other.stream()
                    .filter(h -> best.comparison() != null && Objects.equals(h.comparison(), best.comparison()))
                    .findFirst().orElse(other.isEmpty() ? null : other.get(0));
        }
        if (best == null) {
            return Optional.of(new Answer(null, top, null, List.of(top.topicSlug())));
        }
        return Optional.of(new Answer(overview, best, counterpart, List.of(top.topicSlug())));
    }

    public boolean found() {
        return best != null;
    }

    /** The facts the card shows, in order. */
    public List<SearchResults.FactHit> facts() {
        List<SearchResults.FactHit> facts = new ArrayList<>();
        if (overview != null) {
            facts.add(overview);
        }
        if (best != null) {
            facts.add(best);
        }
        if (counterpart != null) {
            facts.add(counterpart);
        }
        return facts;
    }
}
