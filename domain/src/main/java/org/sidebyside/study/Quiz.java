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
     * @param companyName the company's name as statements write it; null with {@code company}
     * @param year the year of its own date, if it has one
     * @param sources the articles its quotes come from, in order
     * @param quote its first quote, which a "which article says...?" question shows
     */
    public record Fact(String key, String company, String companyName, String statement, Integer year,
                       BigDecimal value, String unit, List<String> sources, String quote) {

        public Fact {
            sources = List.copyOf(sources);
        }
    }

    /**
     * One question: the fact it rests on and the options, one of them right.
     *
     * @param options company slugs, years, fact keys (whose figures are the options) or source
     *                slugs, by {@link Kind}
     * @param gaps where the statement writes the answer, in order: the company's name wherever it
     *             stands, the year or the figure; none for a source question
     */
    public record Question(Kind kind, String fact, List<String> options, int answer, List<Gap> gaps) {

        public Question {
            gaps = List.copyOf(gaps);
        }

        public boolean isRight(int choice) {
            return choice == answer;
        }

        /** The statement with every gap blanked. */
        public String blank(String statement, String blank) {
            return blanked(statement, gaps, blank);
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
        Names names = Names.of(facts);
        Kind[] kinds = Kind.values();
        int first = random.nextInt(kinds.length);
        for (int i = 0; round.size() < ROUND && i < ROUND * kinds.length; i++) {
            Kind kind = kinds[(first + i) % kinds.length];
            for (Fact f : shuffled) {
                if (used.contains(f.key())) {
                    continue;
                }
                Question q = question(kind, f, facts, names, companies, sources, random);
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
    static Question question(Kind kind, Fact f, List<Fact> all, Names names, List<String> companies, List<String> sources,
                             Random random) {
        return switch (kind) {
            case COMPANY -> f.company() == null || !companies.contains(f.company()) || !fairCompanyQuestion(f, names) ? null
                    : new Question(kind, f.key(), companies, companies.indexOf(f.company()),
                            companyGaps(f.statement(), f.companyName()));
            case YEAR -> {
                Gap gap = f.year() == null ? null : yearGap(f.statement(), f.year());
                yield gap == null ? null : years(f, gap, all, random);
            }
            case FIGURE -> {
                Gap gap = f.value() == null ? null : figureGap(f.statement(), f.value());
                yield gap == null ? null : figures(f, gap, all, random);
            }
            case SOURCE -> f.sources().isEmpty() || new HashSet<>(f.sources()).size() > 1
                    || !sources.contains(f.sources().get(0)) || words(f.quote()) < SOURCE_QUOTE_WORDS ? null
                    : new Question(kind, f.key(), sources, sources.indexOf(f.sources().get(0)), List.of());
        };
    }

    /** The words a quote needs before "which article says...?" can be told from it, not from a heading's few words. */
    static final int SOURCE_QUOTE_WORDS = 8;

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Where a statement writes a company's name as a word of its own ("Amazon", "Amazon's"; not "Amazonian"). */
    public static List<Gap> companyGaps(String statement, String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(statement);
        List<Gap> gaps = new ArrayList<>();
        while (m.find()) {
            gaps.add(new Gap(m.start(), m.end()));
        }
        return gaps;
    }

    /**
     * Whether "which company?" can be asked of this fact without the statement answering it: the
     * statement names its company (so there is a blank to fill), names no other company (which
     * would leave the answer by elimination), does not run the name into a product's ("Amazon Pay",
     * "Alibaba Cloud", "Amazon.cn", which the blank would leave half written) and names nothing
     * else that gives the company away ({@link #tellsOf}).
     */
    static boolean fairCompanyQuestion(Fact f, Names names) {
        List<Gap> gaps = companyGaps(f.statement(), f.companyName());
        if (gaps.isEmpty()) {
            return false;
        }
        for (String other : names.companyNames) {
            if (!other.equalsIgnoreCase(f.companyName()) && !companyGaps(f.statement(), other).isEmpty()) {
                return false;
            }
        }
        for (Gap g : gaps) {
            if (PRODUCT_AFTER_NAME.matcher(f.statement().substring(g.end())).lookingAt()) {
                return false;
            }
        }
        return tellsOf(f, names).isEmpty();
    }

    /** What follows a company's name when it is part of a product's: a capitalised word, or ".cn". */
    private static final java.util.regex.Pattern PRODUCT_AFTER_NAME = java.util.regex.Pattern.compile("\\s+\\p{Lu}|\\.\\p{L}");

    /**
     * The names the statements write, read once for a round: the companies' own, and for every
     * other name the facts about a company that write it.
     */
    static final class Names {

        private final Set<String> companyNames = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        private final java.util.Map<String, List<Fact>> writers = new java.util.HashMap<>();

        private Names() {
        }

        static Names of(List<Fact> all) {
            Names n = new Names();
            for (Fact o : all) {
                if (o.companyName() != null) {
                    n.companyNames.add(o.companyName());
                }
            }
            for (Fact o : all) {
                if (o.company() != null) {
                    for (String name : names(o.statement())) {
                        n.writers.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
                    }
                }
            }
            return n;
        }
    }

    /** Capitalised words: the names of products, places and people a statement mentions. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]*");

    /**
     * The names in a fact's statement, once its own company's name is blanked, that still give the
     * company away: a name (a product such as "Taobao" or the "Pay" of "Amazon Pay", a person, a
     * place) that at least {@value #TELL_FACTS} other company's fact writes, at least three in four
     * of those facts about this fact's company; or a name made on the company's own ("Alipay",
     * "Alimama" for Alibaba). Companies' own names do not count here ({@link #fairCompanyQuestion}).
     */
    static Set<String> tellsOf(Fact f, Names names) {
        String stem = f.companyName() == null || f.companyName().length() < 3 ? null
                : f.companyName().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        Set<String> tells = new java.util.TreeSet<>();
        for (String name : names(blanked(f.statement(), companyGaps(f.statement(), f.companyName()), "_"))) {
            if (names.companyNames.contains(name)) {
                continue;
            }
            if (stem != null && name.length() > 3 && name.toLowerCase(java.util.Locale.ROOT).startsWith(stem)) {
                tells.add(name);
                continue;
            }
            int same = 0;
            int total = 0;
            for (Fact o : names.writers.getOrDefault(name, List.of())) {
                if (!o.key().equals(f.key())) {
                    total++;
                    if (o.company().equals(f.company())) {
                        same++;
                    }
                }
            }
            if (total >= TELL_FACTS && same * 4 >= total * 3) {
                tells.add(name);
            }
        }
        return tells;
    }

    /** The statement with each of these gaps (in order, not overlapping) blanked. */
    static String blanked(String statement, List<Gap> gaps, String blank) {
        StringBuilder b = new StringBuilder(statement);
        for (int i = gaps.size() - 1; i >= 0; i--) {
            b.replace(gaps.get(i).start(), gaps.get(i).end(), blank);
        }
        return b.toString();
    }

    /** How many other facts must write a name before it counts as giving a company away. */
    static final int TELL_FACTS = 1;

    private static Set<String> names(String statement) {
        Set<String> names = new HashSet<>();
        java.util.regex.Matcher m = NAME.matcher(statement);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** Numbers as statements write them: "$17.8 billion", "61.4%", "427 million", "1,000". */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "(?:US\\$|\\$)?(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)(\\s?(?:%|percent|per cent|thousand|million|billion|trillion))?"
            + "(?:\\s+(?:US\\s+)?dollars\\b)?",
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
        return new Question(Kind.YEAR, f.key(), options.stream().map(String::valueOf).toList(), options.indexOf(f.year()),
                List.of(gap));
    }

    /** Figures within this share of the answer are too near it to offer as wrong. */
    private static final BigDecimal NEAR = new BigDecimal("0.1");

    /** How many orders of magnitude two figures are apart. */
    static double magnitudeApart(BigDecimal a, BigDecimal b) {
        double x = Math.abs(a.doubleValue());
        double y = Math.abs(b.doubleValue());
        return x == 0 || y == 0 ? Double.MAX_VALUE : Math.abs(Math.log10(x) - Math.log10(y));
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
        // near the answer, neither too near (61% beside 61.4% is the same figure rounded) nor far
        // ($1.6 trillion beside a $199 phone): the closest in order of magnitude, ties at random
        others.removeIf(o -> o.value().subtract(f.value()).abs().compareTo(f.value().abs().multiply(NEAR)) <= 0);
        if (others.size() < 2) {
            return null;
        }
        Collections.shuffle(others, random);
        others.sort(Comparator.comparingDouble(o -> magnitudeApart(o.value(), f.value())));
        List<Fact> options = new ArrayList<>(others.subList(0, Math.min(OPTIONS - 1, others.size())));
        options.add(f);
        options.sort(Comparator.comparing(Fact::value));
        return new Question(Kind.FIGURE, f.key(), options.stream().map(Fact::key).toList(), options.indexOf(f), List.of(gap));
    }
}
