package org.sidebyside.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a student typed, read as a question: normalised (case, hyphens, apostrophes, dates in
 * any of their usual forms) and cut into the words and phrases it asks about, each with the
 * other words the articles use for it ({@code search/synonyms.txt}). Whether it compares the
 * two companies ("vs", "or", "which", "both", "each") is noted too.
 *
 * @param text       the normalised text
 * @param terms      what it asks about, in order; each a group of phrases meaning the same
 * @param comparison whether it sets the two companies side by side
 * @param question   whether it is worded as a question
 * @param expects    what kind of answer it asks for, if it says: a date ("when") or a figure ("how much")
 */
public record Question(String text, List<List<String>> terms, boolean comparison, boolean question, Expects expects) {

    /** The kind of answer a question asks for. */
    public enum Expects {
        DATE, FIGURE
    }

    private static final Pattern ASKS_DATE = Pattern.compile("^(when|what year|which year|since when|how long ago)\\b|\\bwhen (did|was|were|is)\\b");
    private static final Pattern ASKS_FIGURE = Pattern.compile("\\bhow (much|many|big|large|fast|often)\\b|\\bwhat (share|percentage|price)\\b");

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Pattern MONTH_ABBREVIATION = Pattern.compile(
            "\\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?");
    /** 11.11, 11/11, 18-06 or 6/18: a day and a month, in either order when one of them cannot be a month. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})[./-](\\d{1,2})\\b(?![./-]\\d)");
    private static final Pattern COMPARING = Pattern.compile(
            "\\b(vs|versus|v|compared?|comparison|differ\\w*|difference|which|both|each|or|between)\\b");
    private static final Pattern ASKING = Pattern.compile(
            "^(who|what|when|where|why|how|which|is|are|was|were|does|do|did|can|could|has|have|had)\\b");
    /** Words a question is worded with that say nothing of what it asks about (the search engine drops the rest of them). */
    private static final Set<String> FILLER = Set.of("get", "got", "much", "many", "tell", "know", "like", "really",
            "kind", "sort", "please", "give", "thing", "things", "way", "ways", "happen", "happened", "mean", "means");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'][\\p{L}\\p{N}]+)*");
    private static final List<List<String>> SYNONYMS = synonyms();

    /** Reads what was typed; the text is assumed trimmed and bounded ({@link SearchQuery}). */
    public static Question of(String typed) {
        String t = normalise(typed);
        boolean comparison = COMPARING.matcher(t).find();
        boolean question = ASKING.matcher(t).find() || typed.strip().endsWith("?");
        String words = COMPARING.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
        Expects expects = ASKS_DATE.matcher(t).find() ? Expects.DATE : ASKS_FIGURE.matcher(t).find() ? Expects.FIGURE : null;
        return new Question(t, terms(words), comparison, question, expects);
    }

    /** Lower case, plain quotes and dashes, no possessive 's, dates as "11 november", hyphenated words apart. */
    static String normalise(String typed) {
        String t = typed.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        t = t.replaceAll("(\\p{L})'s\\b", "$1");
        t = dates(t);
        // customer-driven and customer driven are one thing; so are e-commerce and e commerce
        t = t.replaceAll("(\\p{L})[-/](?=\\p{L})", "$1 ");
        return t.replaceAll("[\"?!,;:()\\[\\]]", " ").replaceAll("\\s+", " ").strip();
    }

    /** "nov 11", "11.11" and "11/11" all become "11 november". */
    private static String dates(String t) {
        Matcher m = MONTH_ABBREVIATION.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String abbreviation = m.group(1).startsWith("sep") ? "sep" : m.group(1);
            String month = java.util.Arrays.stream(MONTHS).filter(x -> x.startsWith(abbreviation)).findFirst().orElse(m.group());
            m.appendReplacement(out, month);
        }
        m.appendTail(out);
        m = DAY_MONTH.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            String replacement = b >= 1 && b <= 12 && a >= 1 && a <= 31 ? a + " " + MONTHS[b - 1]
                    : a >= 1 && a <= 12 && b >= 1 && b <= 31 ? b + " " + MONTHS[a - 1] : m.group();
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Each phrase of the synonym list found in the text makes one term: that phrase first, then
     * the rest of its group; every other word (but filler) makes one of its own.
     */
    private static List<List<String>> terms(String text) {
        List<List<String>> terms = new ArrayList<>();
        String rest = " " + text + " ";
        for (List<String> group : SYNONYMS) {
            for (String phrase : group.stream().sorted((x, y) -> Integer.compare(y.length(), x.length())).toList()) {
                String padded = " " + phrase + " ";
                if (rest.contains(padded)) {
                    List<String> term = new ArrayList<>(List.of(phrase));
                    group.stream().filter(x -> !x.equals(phrase)).forEach(term::add);
                    terms.add(List.copyOf(term));
                    rest = rest.replace(padded, " ");
                    break;
                }
            }
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(rest);
        while (m.find()) {
            words.add(m.group());
        }
        words.stream().filter(w -> !FILLER.contains(w)).forEach(w -> terms.add(List.of(w)));
        return List.copyOf(terms);
    }

    private static List<List<String>> synonyms() {
        try (InputStream in = Question.class.getResourceAsStream("/search/synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/synonyms.txt is missing");
            }
            List<List<String>> groups = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    List<String> group = new ArrayList<>();
                    for (String phrase : line.split(",")) {
                        String p = normalise(phrase.strip());
                        if (!p.isEmpty()) {
                            group.add(p);
                        }
                    }
                    // longest phrases first, so "amazon pay" is found before "amazon"
                    groups.add(List.copyOf(group));
                }
            }
            groups.sort((x, y) -> Integer.compare(longest(y), longest(x)));
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int longest(List<String> group) {
        return group.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The terms as the search engine takes them: each term's phrases joined by {@link #PHRASE_SEPARATOR}. */
    public List<String> termsForSearch() {
        return terms.stream().map(t -> String.join(String.valueOf(PHRASE_SEPARATOR), t)).toList();
    }

    static final char PHRASE_SEPARATOR = '\u001f';
}
