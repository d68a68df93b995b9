package org.sidebyside.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.Source;
import org.sidebyside.catalog.SourceRepository;
import org.sidebyside.quote.QuoteLocator;
import org.sidebyside.quote.QuoteSpan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the glossary and loads it from the seed files; an article's definition must stand in it. */
@Service
@Transactional
public class GlossaryService {

    private final GlossaryTermRepository terms;
    private final SourceRepository sources;

    public GlossaryService(GlossaryTermRepository terms, SourceRepository sources) {
        this.terms = terms;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public List<GlossaryTerm> all() {
        return terms.findAllInOrder();
    }

    /**
     * What is wrong with an entry, given the articles' texts by slug; empty when nothing is.
     * The importer checks every entry with it before anything is written.
     */
    public static List<String> problems(String slug, GlossaryContent c, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        if (!Slugs.isValid(slug, 60)) {
            problems.add("\"" + slug + "\" is not a slug (lowercase words joined by hyphens)");
        }
        if (c.term() == null || c.term().isBlank() || c.term().length() > GlossaryContent.TERM_MAX) {
            problems.add(slug + ": a term of 1 to " + GlossaryContent.TERM_MAX + " characters is required");
        }
        if (c.definition() == null || c.definition().isBlank() || c.definition().length() > GlossaryContent.DEFINITION_MAX) {
            problems.add(slug + ": a definition of 1 to " + GlossaryContent.DEFINITION_MAX + " characters is required");
        }
        if ((c.sourceSlug() == null) != (c.quote() == null)) {
            problems.add(slug + ": an article's definition gives both its source and its quote");
        } else if (c.sourceSlug() != null) {
            String text = texts.get(c.sourceSlug());
            if (text == null) {
                problems.add(slug + ": unknown source \"" + c.sourceSlug() + "\"");
            } else if (QuoteLocator.locate(text, c.quote()).isEmpty()) {
                problems.add(slug + ": the quote does not stand (once) in the text of \"" + c.sourceSlug() + "\"");
            }
        }
        return problems;
    }

    /** From the seed files, in order: new terms inserted, changed ones updated; the caller's transaction. */
    public Map<String, ImportOutcome> importTerms(Map<String, GlossaryContent> bySlug) {
        Map<String, GlossaryTerm> existing = terms.findAll().stream()
                .collect(Collectors.toMap(GlossaryTerm::getSlug, Function.identity()));
        Map<String, Source> bySource = sources.findAll().stream().collect(Collectors.toMap(Source::getSlug, Function.identity()));
        Map<String, ImportOutcome> outcomes = new LinkedHashMap<>();
        int position = 0;
        for (Map.Entry<String, GlossaryContent> e : bySlug.entrySet()) {
            position++;
            GlossaryContent c = e.getValue();
            Source source = c.sourceSlug() == null ? null : bySource.get(c.sourceSlug());
            QuoteSpan span = source == null ? null : QuoteLocator.locate(source.getFullText(), c.quote())
                    .orElseThrow(() -> new IllegalArgumentException(e.getKey() + ": the quote is not in its source"));
            GlossaryTerm term = existing.get(e.getKey());
            if (term == null) {
                term = new GlossaryTerm(e.getKey());
                term.define(c, source, span, position);
                terms.save(term);
                outcomes.put(e.getKey(), ImportOutcome.INSERTED);
            } else {
                outcomes.put(e.getKey(), term.define(c, source, span, position) ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED);
            }
        }
        return outcomes;
    }
}
