package org.sidebyside.fact;

import java.util.List;

/**
 * What needs an instructor's attention: how many facts are published and drafted, facts
 * without citations, quotes that no longer stand where they were found (after a source's text
 * was edited), and topics whose published facts cover one company only.
 */
public record Attention(long published, long drafts, List<String> uncited, List<BrokenQuote> broken,
                        List<OneSided> oneSided) {

    /** A citation whose quote is no longer at its offsets in its source. */
    public record BrokenQuote(String factKey, String quote, String source) {
    }

    /** A topic with published facts on only one company. */
    public record OneSided(String topicSlug, String topicName, String company) {
    }
}
