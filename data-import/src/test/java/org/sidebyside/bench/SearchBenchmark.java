package org.sidebyside.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sidebyside.importer.ImportConfiguration;
import org.sidebyside.importer.SeedImporter;
import org.sidebyside.search.FactSearch;
import org.sidebyside.search.SearchQuery;
import org.sidebyside.search.SearchResults;
import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the fact base and {@value #FACTS} generated facts into a throwaway database, then
 * runs a fixed mix of searches through the app's own {@link FactSearch} and prints the median
 * and 95th percentile latency. A benchmark, not a test: it asserts nothing.
 */
public final class SearchBenchmark {

    static final int FACTS = 100_000;
    static final int ROUNDS = 30;
    static final List<String> MIX = List.of("alipay", "tmall market share", "fire phone", "singles day sales",
            "cainiao logistics network", "amazon pay mobile", "sesame credit", "alibaba cloud aws",
            "alipy", "singels", "tmal", "\"prime day\"", "amazon -alibaba", "淘宝", "jack ma hangzhou");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ImportConfiguration.class, TestDatabaseConfiguration.class})
    static class BenchmarkApplication {
    }

    public static void main(String[] args) {
        int facts = args.length > 0 ? Integer.parseInt(args[0]) : FACTS;
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(BenchmarkApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("logging.level.root=warn", "spring.main.banner-mode=off").run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            FactSearch search = ctx.getBean(FactSearch.class);
            long t0 = System.nanoTime();
            ctx.getBean(SeedImporter.class).importFrom(SeedImporter.CLASSPATH_SEEDS, false);
            FactGenerator.generate(jdbc, facts);
            System.out.printf(Locale.ROOT, "Loaded %d facts (%d generated) in %.1f s%n",
                    jdbc.queryForObject("select count(*) from fact", Long.class), facts, (System.nanoTime() - t0) / 1e9);

            for (String q : MIX) { // warm-up: plans, caches, JIT
                search.search(SearchQuery.of(q, null, null, null, 1));
            }
            List<Long> all = new ArrayList<>();
            System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s%n", "query", "matches", "median", "p95");
            for (String q : MIX) {
                long[] times = new long[ROUNDS];
                long matches = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    long start = System.nanoTime();
                    SearchResults r = search.search(SearchQuery.of(q, null, null, null, 1));
                    times[i] = System.nanoTime() - start;
                    matches = r.total();
                    all.add(times[i]);
                    if (r.total() > 0 && r.facts().isEmpty()) {
                        throw new IllegalStateException("\"" + q + "\" counted matches but returned none");
                    }
                }
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-28s %8d %6.1fms %6.1fms%n", q, matches, ms(percentile(times, 50)),
                        ms(percentile(times, 95)));
            }
            SearchResults tmall = search.search(SearchQuery.of("tmall market share", null, null, null, 1));
            System.out.println("Top result for \"tmall market share\": " + tmall.facts().get(0).key());
            long[] overall = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "ALL (%d searches)              median %.1f ms, p95 %.1f ms%n",
                    overall.length, ms(percentile(overall, 50)), ms(percentile(overall, 95)));
        }
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
