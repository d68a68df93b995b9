package org.sidebyside.web.factbase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glossary term as the pages show it.
 *
 * @param forms the term and the other spellings it takes in the articles
 * @param source the article that defines the term, or null where only our definition stands
 */
public record GlossaryView(String slug, String term, List<String> forms, String definition, SourceView source, String quote) {

    public GlossaryView {
        forms = List.copyOf(forms);
    }

    public static GlossaryView of(String slug, String term, List<String> also, String definition, SourceView source,
                                  String quote) {
        List<String> forms = new ArrayList<>(List.of(term));
        also.stream().filter(a -> !a.equalsIgnoreCase(term)).forEach(forms::add);
        return new GlossaryView(slug, term, forms, definition, source, quote);
    }

    public boolean definedByArticle() {
        return source != null;
    }

    /** The page anchor of the term on {@code /glossary}. */
    public String anchor() {
        return "term-" + slug;
    }

    /** Any of its forms as a whole word, in any case; the longest first ("online to offline" before "O2O"). */
    public Pattern pattern() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", forms.stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
