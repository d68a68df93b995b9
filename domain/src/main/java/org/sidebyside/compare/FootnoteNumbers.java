package org.sidebyside.compare;

import java.util.HashMap;
import java.util.Map;
import org.sidebyside.quote.QuoteLocator;

/**
 * Numbers the quotes a page cites, from 1, in the order they are first cited. The same quote
 * of the same source keeps one number however many facts cite it; quotes that differ only in
 * spacing or typographic quotes are the same quote.
 */
public final class FootnoteNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();
    private int last;

    /** The quote's number, given it if it is cited here for the first time. */
    public int cite(String sourceSlug, String quote) {
        return numbers.computeIfAbsent(key(sourceSlug, quote), k -> ++last);
    }

    /** The quote's number, or 0 when the page does not cite it. */
    public int numberOf(String sourceSlug, String quote) {
        return numbers.getOrDefault(key(sourceSlug, quote), 0);
    }

    /** How many distinct quotes are numbered. */
    public int count() {
        return last;
    }

    private static String key(String sourceSlug, String quote) {
        return sourceSlug + "\u0000" + QuoteLocator.normalize(quote);
    }
}
