package org.sidebyside.fact;

/**
 * A citation as written in a seed file or a form: which source, the quote, and, where the
 * quote stands more than once in its source, the words just before ({@code prefix}) or after
 * it ({@code suffix}) that say which occurrence is meant, as a W3C Web Annotation
 * {@code TextQuoteSelector} does. Blank prefixes and suffixes are absent (null).
 */
public record CitationContent(String sourceSlug, String quote, String prefix, String suffix) {

    public CitationContent {
        prefix = prefix == null || prefix.isBlank() ? null : prefix.strip();
        suffix = suffix == null || suffix.isBlank() ? null : suffix.strip();
    }

    /** A quote that stands once in its source needs neither prefix nor suffix. */
    public CitationContent(String sourceSlug, String quote) {
        this(sourceSlug, quote, null, null);
    }
}
