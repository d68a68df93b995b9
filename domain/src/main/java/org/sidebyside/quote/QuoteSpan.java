package org.sidebyside.quote;

/** Where a quote stands in an article: character offsets, end exclusive. */
public record QuoteSpan(int start, int end) {

    public QuoteSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a quote span needs 0 <= start < end, got " + start + ".." + end);
        }
    }
}
