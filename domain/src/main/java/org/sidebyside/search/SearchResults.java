package org.sidebyside.search;

import java.util.List;

/**
 * The answer to a search. Highlighted text marks matches between {@link #MARK_START} and
 * {@link #MARK_END} (control characters that cannot occur in the fact base), so the web layer
 * can escape the text and turn only these into highlights.
 *
 * @param question  the question actually searched: what was typed, or its spelling correction
 * @param corrected whether {@code question} is a correction of what was typed
 * @param total     how many facts match (and are ranked)
 * @param more      whether more facts match than were ranked: {@code total} is then a lower bound
 */
public record SearchResults(SearchQuery query, Question question, boolean corrected, long total, boolean more,
                            List<FactHit> facts, List<SourceHit> sources) {

    public static final char MARK_START = '\u0001';
    public static final char MARK_END = '\u0002';

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, Question.of(query.text()), false, 0, false, List.of(), List.of());
    }

    /** The text actually searched. */
    public String searched() {
        return question.text();
    }

    /** The pages of ranked facts. */
    public int pages() {
        return (int) Math.max(1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
    }

    /**
     * A matching fact, its highlighted statement and its best-matching quote.
     *
     * @param score how well it answers the question, from 0 to 1: the larger of how much of the
     *              question's words it covers and how near it is in meaning (cosine similarity)
     */
    public record FactHit(String key, String companySlug, String companyName, String topicSlug, String topicName,
                          String comparison, String statement, double score, long citationId, String sourceSlug,
                          String sourceTitle, String quote) {
    }

    /** An article whose text matches, with highlighted passages. */
    public record SourceHit(String slug, String title, String snippet) {
    }
}
