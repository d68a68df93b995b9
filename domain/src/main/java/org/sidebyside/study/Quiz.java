package org.sidebyside.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Quiz rounds made from the published facts: "which company?", "which year?", "which figure?"
 * and "which source says?", each multiple choice with distractors drawn from the fact base
 * itself (other years, other figures in the same unit, the other articles). A round is a pure
 * function of its seed, so it needs no state on the server: the same seed gives the same
 * questions, which is how an answer is checked and a score shown from a plain link.
 */
public final class Quiz {

    /** Questions in a round. */
    public static final int ROUND = 5;
    /** Options a year or figure question offers at most. */
    static final int OPTIONS = 4;

    /** What a question asks for. */
    public enum Kind {
        COMPANY, YEAR, FIGURE, SOURCE
    }

    /**
     * A fact as the quiz needs it.
     *
     * @param company the company's slug; null for a fact about both, or about a market
     * @param year the year of its own date, if it has one
     * @param sources the articles its quotes come from, in order
     */
    public record Fact(String key, String company, String statement, Integer year, BigDecimal value, String unit,
                       List<String> sources) {

        public Fact {
            sources = List.copyOf(sources);
        }
    }

    /**
     * One question: the fact it rests on and the options, one of them right.
     *
     * @param options company slugs, years, fact keys (whose figures are the options) or source
     *                slugs, by {@link Kind}
     * @param gap for a year or figure question, where the statement writes the answer; null otherwise
     */
    public record Question(Kind kind, String fact, List<String> options, int answer, Gap gap) {

        /** A company or source question: no gap in the statement. */
        Question(Kind kind, String fact, List<String> options, int answer) {
            this(kind, fact, options, answer, null);
        }

        public boolean isRight(int choice) {
            return choice == answer;
        }
    }

    private Quiz() {
    }

    /**
     * A round of up to {@link #ROUND} questions about different facts, the kinds taking turns.
     *
     * @param companies the companies' slugs, in column order
     * @param sources the articles' slugs
     */
    public static List<Question> round(List<Fact> facts, List<String> companies, List<String> sources, long seed) {
        Random random = new Random(seed);
        List<Fact> shuffled = new ArrayList<>(facts);
        shuffled.sort(Comparator.comparing(Fact::key)); // the same order whatever order they came in
        Collections.shuffle(shuffled, random);
        List<Question> round = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Kind[] kinds = Kind.values();
        int first = random.nextInt(kinds.length);
        for (int i = 0; round.size() < ROUND && i < ROUND * kinds.length; i++) {
            Kind kind = kinds[(first + i) % kinds.length];
            for (Fact f : shuffled) {
                if (used.contains(f.key())) {
                    continue;
                }
                Question q = question(kind, f, facts, companies, sources, random);
                if (q != null) {
                    round.add(q);
                    used.add(f.key());
                    break;
                }
            }
        }
        return round;
    }

    /** The question of this kind about this fact, or null where the fact cannot carry one. */
    static Question question(Kind kind, Fact f, List<Fact> all, List<String> companies, List<String> sources, Random random) {
        return switch (kind) {
            case COMPANY -> f.company() == null || !companies.contains(f.company()) ? null
                    : new Question(kind, f.key(), companies, companies.indexOf(f.company()));
            case YEAR -> f.year() == null || yearGap(f.statement(), f.year()) == null ? null
                    : years(f, yearGap(f.statement(), f.year()), all, random);
            case FIGURE -> f.value() == null || figureGap(f.statement(), f.value()) == null ? null
                    : figures(f, figureGap(f.statement(), f.value()), all, random);
            case SOURCE -> f.sources().isEmpty() || new HashSet<>(f.sources()).size() > 1
                    || !sources.contains(f.sources().get(0)) ? null
                    : new Question(kind, f.key(), sources, sources.indexOf(f.sources().get(0)));
        };
    }

    /** Numbers as statements write them: "$17.8 billion", "61.4%", "427 million", "1,000". */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "(?:US\\$|\\$)?(\\d[\\d,]*(?:\\.\\d+)?)(\\s?(?:%|percent|per cent|thousand|million|billion|trillion))?",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Where the statement writes the fact's own figure, as {start, end}: the one number in it
     * whose value (with its "million" or "billion") is the fact's. Null where no number, or more
     * than one, is that figure: then "which figure fills the gap?" has no single gap to ask.
     */
    public static Gap figureGap(String statement, BigDecimal value) {
        java.util.regex.Matcher m = NUMBER.matcher(statement);
        Gap gap = null;
        while (m.find()) {
            BigDecimal n;
            try {
                n = new BigDecimal(m.group(1).replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String scale = m.group(2) == null ? "" : m.group(2).strip().toLowerCase(java.util.Locale.ROOT);
            n = n.multiply(switch (scale) {
                case "thousand" -> BigDecimal.valueOf(1_000L);
                case "million" -> BigDecimal.valueOf(1_000_000L);
                case "billion" -> BigDecimal.valueOf(1_000_000_000L);
                case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
                default -> BigDecimal.ONE;
            });
            if (n.compareTo(value) == 0) {
                if (gap != null) {
                    return null;
                }
                gap = new Gap(m.start(), m.end());
            }
        }
        return gap;
    }

    /** Where the statement writes the year, as {start, end}; null where it does not (the question could not be answered). */
    public static Gap yearGap(String statement, int year) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d.,])" + year + "(?![\\d])").matcher(statement);
        return m.find() ? new Gap(m.start(), m.end()) : null;
    }

    /** Where a statement writes what a question asks for: characters {@code start} to {@code end}, end exclusive. */
    public record Gap(int start, int end) {

        /** The statement with this gap blanked. */
        public String blank(String statement, String blank) {
            return statement.substring(0, start) + blank + statement.substring(end);
        }
    }

    /** The fact's year among years other facts give, the closest ones first, in order. */
    private static Question years(Fact f, Gap gap, List<Fact> all, Random random) {
        List<Integer> others = new ArrayList<>(all.stream().map(Fact::year).filter(Objects::nonNull)
                .filter(y -> !y.equals(f.year())).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        if (others.size() < OPTIONS - 1) {
            return null;
        }
        Collections.shuffle(others, random);
        others.sort(Comparator.comparingInt(y -> Math.abs(y - f.year())));
        List<Integer> options = new ArrayList<>(others.subList(0, OPTIONS - 1));
        options.add(f.year());
        options.sort(Comparator.naturalOrder());
        return new Question(Kind.YEAR, f.key(), options.stream().map(String::valueOf).toList(), options.indexOf(f.year()), gap);
    }

    /** The fact's figure among other facts' figures in the same unit, smallest first. */
    private static Question figures(Fact f, Gap gap, List<Fact> all, Random random) {
        List<Fact> others = new ArrayList<>(all.stream().filter(o -> o.value() != null && Objects.equals(o.unit(), f.unit()))
                .filter(o -> o.value().compareTo(f.value()) != 0).toList());
        // one fact per value, so that two options never read the same
        Set<BigDecimal> seen = new HashSet<>();
        others.removeIf(o -> !seen.add(o.value().stripTrailingZeros()));
        if (others.size() < 2) {
            return null;
        }
        Collections.shuffle(others, random);
        List<Fact> options = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
        options.add(f);
        options.sort(Comparator.comparing(Fact::value));
        return new Question(Kind.FIGURE, f.key(), options.stream().map(Fact::key).toList(), options.indexOf(f), gap);
    }
}
