package org.sidebyside.glossary;

import java.util.List;

/**
 * A glossary entry as written in {@code glossary.yml}.
 *
 * @param sourceSlug and {@code quote}: where an article itself defines the term; both null otherwise
 */
public record GlossaryContent(String term, List<String> also, String definition, String sourceSlug, String quote) {

    public static final int TERM_MAX = 80;
    public static final int DEFINITION_MAX = 600;

    public GlossaryContent {
        also = also == null ? List.of() : also.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}
