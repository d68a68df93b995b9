package org.sidebyside.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.quote.QuoteLocator;
import org.sidebyside.quote.QuoteSpan;

/**
 * The rules every fact obeys, wherever it comes from. Pure: the caller says which
 * companies, topics and sources exist, so the importer can check seed files before it
 * touches the database and the admin forms can check against what is stored.
 */
public final class FactRules {

    public static final int STATEMENT_MAX = 500;
    public static final int UNIT_MAX = 40;
    public static final int NOTE_MAX = 1000;
    public static final int QUOTE_MAX = 2000;
    public static final int COMPARISON_MAX = 80;
    /** The words before or after a quote that anchor it (a prefix or suffix). */
    public static final int CONTEXT_MAX = 200;
    public static final int MARKET_MAX = 80;
    /** What a figure measures, shown under its value. */
    public static final int MEASURE_MAX = 120;

    /** What the rules need to know about the rest of the fact base. */
    public interface Catalog {

        boolean hasCompany(String slug);

        boolean hasTopic(String slug);

        /** The full text of the source with this slug, if there is one. */
        Optional<String> sourceText(String slug);
    }

    /** The outcome: problems, or where each citation's quote stands in its source. */
    public record Result(List<Problem> problems, List<QuoteSpan> spans) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public void throwIfInvalid() {
            if (!ok()) {
                throw new InvalidFactException(problems);
            }
        }
    }

    private FactRules() {
    }

    public static boolean isValidKey(String key) {
        return Slugs.isValid(key);
    }

    public static Result check(FactContent c, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        if (c.companySlug() != null && !catalog.hasCompany(c.companySlug())) {
            problems.add(new Problem("company", "unknown", "unknown company \"" + c.companySlug() + "\""));
        }
        if (c.market() != null) {
            if (c.companySlug() != null) {
                problems.add(new Problem("market", "with-company",
                        "a fact about a market names no company: it is context, not a company's claim"));
            }
            if (c.market().length() > MARKET_MAX) {
                problems.add(new Problem("market", "too-long", "the market is longer than " + MARKET_MAX + " characters"));
            }
            if (!blank(c.comparison())) {
                problems.add(new Problem("comparison", "market", "a fact about a market is never paired as a company's figure"));
            }
        }
        if (blank(c.topicSlug())) {
            problems.add(new Problem("topic", "required", "a topic is required"));
        } else if (!catalog.hasTopic(c.topicSlug())) {
            problems.add(new Problem("topic", "unknown", "unknown topic \"" + c.topicSlug() + "\""));
        }
        if (c.kind() == null) {
            problems.add(new Problem("kind", "required", "a kind is required (statement, figure, event or product)"));
        }
        if (blank(c.statement())) {
            problems.add(new Problem("statement", "required", "a statement is required"));
        } else if (c.statement().strip().length() > STATEMENT_MAX) {
            problems.add(new Problem("statement", "too-long", "the statement is longer than " + STATEMENT_MAX + " characters"));
        }
        if (c.value() != null && blank(c.unit())) {
            problems.add(new Problem("unit", "required-with-value", "a value needs its unit"));
        }
        if (c.value() == null && !blank(c.unit())) {
            problems.add(new Problem("value", "required-with-unit", "a unit needs a value"));
        }
        if (c.value() != null && blank(c.measure())) {
            problems.add(new Problem("measure", "required-with-value",
                    "a value needs what it measures, so that it never stands alone as a bare number"));
        }
        if (c.value() == null && !blank(c.measure())) {
            problems.add(new Problem("value", "required-with-measure", "what a figure measures needs a value"));
        }
        if (!blank(c.measure()) && c.measure().length() > MEASURE_MAX) {
            problems.add(new Problem("measure", "too-long", "what the figure measures is longer than " + MEASURE_MAX
                    + " characters"));
        }
        if (!blank(c.unit()) && c.unit().strip().length() > UNIT_MAX) {
            problems.add(new Problem("unit", "too-long", "the unit is longer than " + UNIT_MAX + " characters"));
        }
        // in long: precision - scale overflows an int for 1e2147483647, which then passed as "small"
        if (c.value() != null && (long) c.value().precision() - c.value().scale() > 20) {
            problems.add(new Problem("value", "too-large", "the value is too large"));
        }
        if (c.value() != null && c.value().scale() > 4) {
            problems.add(new Problem("value", "too-precise", "the value has more than 4 decimal places"));
        }
        if (c.qualifier() != null && c.value() == null) {
            problems.add(new Problem("qualifier", "without-value", "a qualifier needs a value"));
        }
        if (c.kind() == FactKind.FIGURE && c.value() == null) {
            problems.add(new Problem("value", "required-for-figure", "a figure needs a value and unit"));
        }
        if (c.kind() == FactKind.EVENT && c.asOf() == null) {
            problems.add(new Problem("asOf", "required-for-event", "an event needs a date"));
        }
        if (!blank(c.comparison()) && (c.comparison().length() > COMPARISON_MAX || !Slugs.isValid(c.comparison()))) {
            problems.add(new Problem("comparison", "invalid", "a comparison key is lowercase words joined by hyphens"));
        }
        if (!blank(c.note()) && c.note().strip().length() > NOTE_MAX) {
            problems.add(new Problem("note", "too-long", "the note is longer than " + NOTE_MAX + " characters"));
        }
        List<QuoteSpan> spans = checkCitations(c.citations(), catalog, problems);
        return new Result(List.copyOf(problems), spans);
    }

    private static List<QuoteSpan> checkCitations(List<CitationContent> citations, Catalog catalog, List<Problem> problems) {
        List<QuoteSpan> spans = new ArrayList<>();
        if (citations.isEmpty()) {
            problems.add(new Problem("citations", "required", "a fact needs at least one citation"));
        }
        for (int i = 0; i < citations.size(); i++) {
            CitationContent cit = citations.get(i);
            String field = "citations[" + i + "]";
            Optional<String> text = blank(cit.sourceSlug()) ? Optional.empty() : catalog.sourceText(cit.sourceSlug());
            if (blank(cit.sourceSlug())) {
                problems.add(new Problem(field + ".source", "required", "a citation needs its source"));
            } else if (text.isEmpty()) {
                problems.add(new Problem(field + ".source", "unknown", "unknown source \"" + cit.sourceSlug() + "\""));
            }
            if (blank(cit.quote())) {
                problems.add(new Problem(field + ".quote", "required", "a citation needs a quote"));
                continue;
            }
            if (cit.quote().length() > QUOTE_MAX) {
                problems.add(new Problem(field + ".quote", "too-long", "the quote is longer than " + QUOTE_MAX + " characters"));
                continue;
            }
            if (tooLong(cit.prefix(), CONTEXT_MAX) || tooLong(cit.suffix(), CONTEXT_MAX)) {
                problems.add(new Problem(field + ".prefix", "too-long",
                        "the words before or after the quote are longer than " + CONTEXT_MAX + " characters"));
                continue;
            }
            if (text.isPresent()) {
                QuoteLocator.Located located = QuoteLocator.locate(text.get(), cit.quote(), cit.prefix(), cit.suffix());
                if (located.found() != null) {
                    spans.add(located.found());
                } else if (located.occurrences() == 0) {
                    problems.add(new Problem(field + ".quote", "not-in-source",
                            "the quote is not found in the text of \"" + cit.sourceSlug() + "\""));
                } else if (located.ambiguous()) {
                    problems.add(new Problem(field + ".prefix", "ambiguous", "the quote stands " + located.occurrences()
                            + " times in \"" + cit.sourceSlug() + "\": give the words just before it (prefix) or just after it"
                            + " (suffix) where it is meant"));
                } else {
                    problems.add(new Problem(field + ".prefix", "context-not-found", "the quote stands in \""
                            + cit.sourceSlug() + "\", but nowhere with these words just before or after it"));
                }
            }
        }
        return spans;
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
