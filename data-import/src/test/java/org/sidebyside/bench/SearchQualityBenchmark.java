package org.sidebyside.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sidebyside.importer.SeedImporter;
import org.sidebyside.search.Answer;
import org.sidebyside.search.FactSearch;
import org.sidebyside.search.FactVectors;
import org.sidebyside.search.SearchIndexRefresh;
import org.sidebyside.search.SearchStatistics;
import org.sidebyside.search.SearchQuery;
import org.sidebyside.search.SearchResults;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How well the search box answers students' questions: every question of
 * {@code bench/search/questions.yml} through the app's own {@link FactSearch}, on the real
 * fact base, by words only and by words and meaning (the hybrid the app runs), counting a hit when one of the facts that answer it is first (top-1) or among the
 * first three (top-3), per form of question; then each question's latency (median and p95 of
 * {@value #ROUNDS} rounds each) on the real base and with the generated facts added. Prints the
 * questions it misses. A benchmark, not a test: it asserts nothing.
 */
public final class SearchQualityBenchmark {

    static final int ROUNDS = 5;

    record Question(String text, String form, List<String> answers) {
    }

    public static void main(String[] args) throws IOException {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : SearchBenchmark.FACTS;
        List<Question> questions = questions(Path.of(args.length > 1 ? args[1] : "../bench/search/questions.yml"));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SearchBenchmark.BenchmarkApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("logging.level.root=warn", "spring.main.banner-mode=off").run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            FactSearch search = ctx.getBean(FactSearch.class);
            ctx.getBean(SeedImporter.class).importFrom(SeedImporter.CLASSPATH_SEEDS, false);
            jdbc.execute("analyze");

            FactVectors vectors = ctx.getBean(FactVectors.class);
            ctx.getBean(SearchIndexRefresh.class).refreshNow();

            for (boolean meaning : List.of(false, true)) {
                vectors.setEnabled(meaning);
                hitRates(meaning ? "words and meaning (hybrid)" : "words only", search, questions);
            }
            vectors.setEnabled(true);
            answerCard(search, questions);
            for (boolean meaning : List.of(false, true)) {
                vectors.setEnabled(meaning);
                latency("real fact base, " + (meaning ? "hybrid" : "words only"), search, questions);
            }
            FactGenerator.generate(jdbc, generated);
            // a generated fact's vector is a copy of a real fact's: the time of a scan depends on how
            // many vectors there are, not on what they hold (embedding 100,000 texts takes minutes)
            jdbc.execute("""
                    insert into fact_embedding (fact_id, model, text_md5, vector)
                    select f.id, r.model, md5(f.statement), r.vector
                    from fact f
                      join (select row_number() over (order by fact_id) - 1 as n, model, vector from fact_embedding) r
                        on r.n = f.id % (select count(*) from fact_embedding)
                    where not exists (select 1 from fact_embedding e where e.fact_id = f.id)""");
            jdbc.execute("analyze");
            ctx.getBean(SearchStatistics.class).refresh();
            vectors.reload();
            for (boolean meaning : List.of(false, true)) {
                vectors.setEnabled(meaning);
                latency("with " + generated + " generated facts, " + (meaning ? "hybrid" : "words only"), search, questions);
            }
        }
    }

    private static void hitRates(String label, FactSearch search, List<Question> questions) {
        Map<String, int[]> byForm = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Question q : questions) {
            List<String> top = search.search(SearchQuery.of(q.text(), null, null, null, 1)).facts().stream()
                    .map(SearchResults.FactHit::key).limit(3).toList();
            boolean first = !top.isEmpty() && q.answers().contains(top.get(0));
            boolean three = top.stream().anyMatch(q.answers()::contains);
            for (String form : List.of(q.form(), "ALL")) {
                int[] counts = byForm.computeIfAbsent(form, f -> new int[3]);
                counts[0]++;
                counts[1] += first ? 1 : 0;
                counts[2] += three ? 1 : 0;
            }
            if (!three) {
                misses.add(String.format(Locale.ROOT, "  %-45s got %s, wanted %s", '"' + q.text() + '"', top, q.answers()));
            }
        }
        System.out.printf(Locale.ROOT, "%nHit rates on the real fact base, %s (%d questions)%n", label, questions.size());
        System.out.printf(Locale.ROOT, "%-16s %5s %7s %7s%n", "form", "n", "top-1", "top-3");
        byForm.forEach((form, c) -> System.out.printf(Locale.ROOT, "%-16s %5d %6.1f%% %6.1f%%%n", form, c[0],
                100.0 * c[1] / c[0], 100.0 * c[2] / c[0]));
        System.out.println("Missed (no answering fact among the first three):");
        misses.forEach(System.out::println);
    }

    /**
     * The answer card, for the questions that get one: how often it names a fact that answers
     * (its first fact, or either company's when comparing), how often a wrong one, and how often
     * it says nothing answers well enough.
     */
    private static void answerCard(FactSearch search, List<Question> questions) {
        int asked = 0;
        int right = 0;
        int wrong = 0;
        int none = 0;
        List<String> wrongs = new ArrayList<>();
        List<double[]> scored = new ArrayList<>(); // the best fact's score, 1 if the card is right
        for (Question q : questions) {
            SearchResults results = search.search(SearchQuery.of(q.text(), null, null, null, 1));
            var card = Answer.of(results);
            if (card.isEmpty()) {
                continue;
            }
            asked++;
            boolean isRight = card.get().facts().stream().anyMatch(h -> q.answers().contains(h.key()));
            if (!results.facts().isEmpty()) {
                scored.add(new double[] {results.facts().get(0).score(), isRight ? 1 : 0});
            }
            if (!card.get().found()) {
                none++;
            } else if (isRight) {
                right++;
            } else {
                wrong++;
                wrongs.add(String.format(Locale.ROOT, "  %-45s card %s (score %.2f)", '"' + q.text() + '"',
                        card.get().facts().stream().map(SearchResults.FactHit::key).toList(), results.facts().get(0).score()));
            }
        }
        for (double t = 0.5; t < 0.81; t += 0.05) {
            double bar = t;
            long shownRight = scored.stream().filter(x -> x[0] >= bar && x[1] == 1).count();
            long shownWrong = scored.stream().filter(x -> x[0] >= bar && x[1] == 0).count();
            System.out.printf(Locale.ROOT, "  if the card needed a score of %.2f: right %d, wrong %d, nothing %d%n", bar,
                    shownRight, shownWrong, asked - shownRight - shownWrong);
        }
        System.out.printf(Locale.ROOT, "%nAnswer card (hybrid), %d questions that get one: right %d (%.1f%%), wrong %d (%.1f%%),"
                + " \"nothing answers well enough\" %d (%.1f%%)%n", asked, right, 100.0 * right / asked, wrong,
                100.0 * wrong / asked, none, 100.0 * none / asked);
        wrongs.forEach(System.out::println);
    }

    private static void latency(String label, FactSearch search, List<Question> questions) {
        questions.forEach(q -> search.search(SearchQuery.of(q.text(), null, null, null, 1))); // warm-up
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Question q : questions) {
                long start = System.nanoTime();
                search.search(SearchQuery.of(q.text(), null, null, null, 1));
                times.add(System.nanoTime() - start);
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "Latency, %s (%d searches): p50 %.1f ms, p95 %.1f ms%n", label, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
    }

    @SuppressWarnings("unchecked")
    private static List<Question> questions(Path file) throws IOException {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(file, StandardCharsets.UTF_8));
        List<Question> questions = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) root.get("questions")) {
            questions.add(new Question(String.valueOf(q.get("q")), String.valueOf(q.get("form")),
                    ((List<Object>) q.get("answers")).stream().map(String::valueOf).toList()));
        }
        return questions;
    }
}
