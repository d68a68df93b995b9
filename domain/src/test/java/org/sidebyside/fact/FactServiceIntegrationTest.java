package org.sidebyside.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sidebyside.ImportOutcome;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.catalog.SourceMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = org.sidebyside.DomainTestApplication.class)
class FactServiceIntegrationTest {

    private static final String TEXT = "Amazon launched its Local Services in 2015 and rolled it out to 50 cities.";

    @Autowired
    FactService facts;
    @Autowired
    CatalogService catalog;
    @Autowired
    FactRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyCatalog() {
        jdbc.execute("truncate citation, fact, source, topic, company restart identity cascade");
        catalog.putCompany("amazon", "Amazon", 1);
        catalog.putTopic("online-to-offline", "Online to offline", "Local services.", null, 1);
        catalog.putSource("lessons", "lessons.txt", new SourceMetadata("Lessons", null, null, null, null, null, null), TEXT);
    }

    private static FactContent content(String statement, String quote) {
        return new FactContent("amazon", "online-to-offline", FactKind.FIGURE, statement, new BigDecimal("50"), "cities",
                null, null, null, null, List.of(new CitationContent("lessons", quote)))
                .withMeasure("US cities Amazon Local Services was being rolled out to");
    }

    @Test
    void storesAFactWithTheOffsetsOfItsQuote() {
        facts.create("amazon-local-services-cities", content("Local Services reached 50 cities.", "rolled it out to 50 cities"),
                FactStatus.DRAFT);

        Citation c = repository.findAllWithContent().get(0).getCitations().get(0);
        assertThat(TEXT.substring(c.getStartOffset(), c.getEndOffset())).isEqualTo("rolled it out to 50 cities");
    }

    /** Runs {@code task} on {@code n} threads released at once; returns what each ended with. */
    private static List<Object> atOnce(int n, IntFunction<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return task.apply(id);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoImportsOfTheSameNewKeysInOppositeOrdersBothCompleteOneAfterTheOther() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add("amazon-local-services-import-" + i);
        }
        List<Object> outcomes = atOnce(2, run -> {
            Map<String, FactContent> byKey = new java.util.LinkedHashMap<>();
            List<String> order = new ArrayList<>(keys);
            if (run == 1) {
                java.util.Collections.reverse(order);
            }
            order.forEach(k -> byKey.put(k, content("Local Services reached 50 cities (import " + run + ").", "50 cities")));
            return facts.importFacts(byKey, FactStatus.DRAFT);
        });
        // without the import lock, the two deadlock on the fact keys' unique index and one fails
        assertThat(outcomes).allMatch(Map.class::isInstance);
        assertThat(jdbc.queryForObject("select count(*) from fact where fact_key like 'amazon-local-services-import-%'", Long.class))
                .isEqualTo(20);
    }

    @Test
    void tenCreatesOfOneTopicSlugAtOnceGiveOneTopicAndNineSlugTaken() throws Exception {
        List<Object> outcomes = atOnce(10, i -> {
            catalog.createTopic("marketplaces", "Marketplaces " + i, "Who sells on them.", null, 2);
            return "created";
        });
        assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !"created".equals(o)).hasSize(9)
                .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(CatalogService.TakenException.class,
                        e -> assertThat(e.field()).isEqualTo("slug")));
    }

    @Test
    void renamingATopicOrACompanyRenamesWhatSearchFindsItsFactsBy() {
        facts.create("amazon-local-services-cities", content("Local Services reached 50 cities.", "50 cities"),
                FactStatus.DRAFT);
        long topicVersion = jdbc.queryForObject("select version from topic where slug = 'online-to-offline'", Long.class);
        catalog.updateTopic("online-to-offline", "Neighbourhood commerce", "Local services.", null, 1, topicVersion);
        long companyVersion = jdbc.queryForObject("select version from company where slug = 'amazon'", Long.class);
        catalog.updateCompany("amazon", "Amazon.com", 1, companyVersion);

        String context = jdbc.queryForObject("select search_context from fact where fact_key = 'amazon-local-services-cities'",
                String.class);
        assertThat(context).contains("Neighbourhood commerce", "Amazon.com").doesNotContain("Online to offline");
        assertThat(jdbc.queryForObject("select count(*) from fact where search_vector @@ plainto_tsquery('english', 'neighbourhood')",
                Long.class)).isEqualTo(1);
    }

    @Test
    void eightSavesOfTheSameVersionAtOnceGiveOneWinnerAndSevenStaleConflicts() throws Exception {
        long read = facts.create("amazon-local-services-cities", content("Local Services reached 50 cities.", "50 cities"),
                FactStatus.DRAFT).getVersion();
        List<Object> outcomes = atOnce(8, i -> facts.update("amazon-local-services-cities",
                content("Local Services reached 50 cities, says editor " + i + ".", "50 cities"), read));
        assertThat(outcomes).filteredOn(Fact.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Fact)).hasSize(7).allMatch(org.sidebyside.ChangedMeanwhileException.class::isInstance);
        assertThat(facts.state("amazon-local-services-cities").orElseThrow().version()).isEqualTo(read + 1);
    }

    @Test
    void tenCreatesOfOneKeyAtOnceGiveOneFactAndNineKeyTaken() throws Exception {
        List<Object> outcomes = atOnce(10, i -> facts.create("amazon-local-services-cities",
                content("Local Services reached 50 cities (" + i + ").", "50 cities"), FactStatus.DRAFT));
        assertThat(outcomes).filteredOn(Fact.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Fact)).hasSize(9).allMatch(FactKeyTakenException.class::isInstance);
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void refusesASecondFactWithTheSameKey() {
        facts.create("amazon-local-services-cities", content("Local Services reached 50 cities.", "50 cities"), FactStatus.DRAFT);
        assertThatThrownBy(() -> facts.create("amazon-local-services-cities", content("Again.", "50 cities"), FactStatus.DRAFT))
                .isInstanceOf(FactKeyTakenException.class);
    }

    @Test
    void refusesAQuoteNotInTheSourceAndSavesNothing() {
        assertThatThrownBy(() -> facts.create("bad", content("Local Services reached 60 cities.", "60 cities"), FactStatus.DRAFT))
                .isInstanceOfSatisfying(InvalidFactException.class, e ->
                        assertThat(e.getProblems()).extracting(Problem::code).containsExactly("not-in-source"));
        assertThat(repository.count()).isZero();
    }

    @Test
    void refusesAnUpdateBasedOnAnOutdatedVersion() {
        Fact created = facts.create("amazon-local-services-cities", content("Local Services reached 50 cities.", "50 cities"),
                FactStatus.DRAFT);
        long read = created.getVersion();
        facts.update("amazon-local-services-cities", content("Local Services spread to 50 US cities.", "50 cities"), read);

        assertThatThrownBy(() -> facts.update("amazon-local-services-cities", content("Mine.", "50 cities"), read))
                .isInstanceOf(org.sidebyside.ChangedMeanwhileException.class);
        assertThat(repository.findByKey("amazon-local-services-cities").orElseThrow().getStatement())
                .isEqualTo("Local Services spread to 50 US cities.");
    }

    @Test
    void anImportKeepsAFactEditedInTheAppSinceItsImport() {
        FactContent seed = content("Local Services reached 50 cities.", "50 cities");
        assertThat(facts.importFacts(Map.of("local", seed))).containsEntry("local", ImportOutcome.INSERTED);
        assertThat(facts.importFacts(Map.of("local", seed))).containsEntry("local", ImportOutcome.UNCHANGED);

        Fact stored = repository.findByKey("local").orElseThrow();
        facts.update("local", content("An instructor's wording.", "50 cities"), stored.getVersion());
        FactContent newerSeed = content("Local Services was in 50 cities.", "50 cities");

        assertThat(facts.importFacts(Map.of("local", newerSeed))).containsEntry("local", ImportOutcome.KEPT_LOCAL_EDIT);
        assertThat(repository.findByKey("local").orElseThrow().getStatement()).isEqualTo("An instructor's wording.");
    }

    @Test
    void anImportUpdatesAFactNobodyEditedSince() {
        facts.importFacts(Map.of("local", content("Local Services reached 50 cities.", "50 cities")));
        assertThat(facts.importFacts(Map.of("local", content("Local Services was in 50 cities.", "50 cities"))))
                .containsEntry("local", ImportOutcome.UPDATED);
        assertThat(repository.findByKey("local").orElseThrow().getStatement()).isEqualTo("Local Services was in 50 cities.");
    }
}
