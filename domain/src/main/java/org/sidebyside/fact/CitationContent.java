package org.sidebyside.fact;

/** A citation as written in a seed file or a form: which source, and the quote. */
public record CitationContent(String sourceSlug, String quote) {
}
