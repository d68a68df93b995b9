package org.sidebyside.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sidebyside.search.FactSearch;
import org.sidebyside.search.FactVectors;
import org.sidebyside.search.SearchIndexRefresh;
import org.sidebyside.search.SearchStatistics;
import org.sidebyside.search.SearchQuery;
import org.sidebyside.search.SearchResults;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What search keeps beside the facts: their sentence embeddings (the ranking by meaning, fused
 * with the ranking by words), kept in PostgreSQL and recomputed when a fact changes; and how
 * many facts hold each word (its rarity).
 */
@WebIntegrationTest
class SearchIndexIntegrationTest {

    @Autowired
    FactSearch search;
    @Autowired
    FactVectors vectors;
    @Autowired
    SearchIndexRefresh index;
    @Autowired
    SearchStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void indexCurrent() {
        index.refreshNow();
    }

    private List<String> top3(String question) {
        return search.search(SearchQuery.of(question, null, null, null, 1)).facts().stream()
                .map(SearchResults.FactHit::key).limit(3).toList();
    }

    @Test
    void everyFactIsEmbeddedFromItsCurrentTextAndStoredInPostgres() {
        assertThat(vectors.refresh()).as("facts still to embed after a refresh").isZero();
        assertThat(jdbc.queryForObject("select count(*) from fact f where not exists"
                + " (select 1 from fact_embedding e where e.fact_id = f.id)", Long.class)).isZero();
        assertThat(jdbc.queryForList("select distinct length(vector) from fact_embedding", Integer.class))
                .containsExactly(384 * 4);
    }

    private long id(String key) {
        return jdbc.queryForObject("select id from fact where fact_key = ?", Long.class, key);
    }

    /** The ten facts nearest in meaning. */
    private List<Long> nearest(String text) {
        return vectors.nearest(text, 10, 0.35).stream().map(FactVectors.Neighbour::factId).toList();
    }

    @Test
    void aQuestionInOtherWordsThanItsAnswerIsAnsweredByMeaning() {
        // the answer speaks of platform services for small and medium-sized businesses, not of outside merchants
        String question = "when could outside merchants start selling on amazon";
        assertThat(nearest(question)).contains(id("amazon-third-party-platform-2011"));
        assertThat(top3(question)).contains("amazon-third-party-platform-2011");
    }

    @Test
    void switchedOffSearchUsesWordsAlone() {
        try {
            vectors.setEnabled(false);
            assertThat(nearest("does alibaba keep goods in stock")).isEmpty();
            assertThat(top3("tmall market share")).first().isEqualTo("tmall-china-b2c-share-2014");
        } finally {
            vectors.setEnabled(true);
        }
    }

    @Test
    void nonsenseIsNearNothing() {
        assertThat(search.search(SearchQuery.of("xqzv plorkt wibble", null, null, null, 1)).facts()).isEmpty();
    }

    @Test
    void aFactEditedOutsideTheAppIsEmbeddedAgainAndFoundByItsNewMeaning() {
        String key = "fire-phone-price-199";
        String statement = jdbc.queryForObject("select statement from fact where fact_key = ?", String.class, key);
        byte[] before = jdbc.queryForObject("select e.vector from fact_embedding e join fact f on f.id = e.fact_id"
                + " where f.fact_key = ?", byte[].class, key);
        try {
            // as psql or another instance would: PostgreSQL announces it, this instance hears it
            jdbc.update("update fact set statement = ? where fact_key = ?",
                    "A violin sonata was performed by an orchestra of penguins in Antarctica.", key);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select e.vector from fact_embedding e join fact f on f.id = e.fact_id where f.fact_key = ?",
                    byte[].class, key)).isNotEqualTo(before));
            assertThat(nearest("penguins playing music in the far south")).first().isEqualTo(id(key));
        } finally {
            jdbc.update("update fact set statement = ? where fact_key = ?", statement, key);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select e.vector from fact_embedding e join fact f on f.id = e.fact_id where f.fact_key = ?",
                byte[].class, key)).isEqualTo(before));
    }

    @Test
    void aWordsRarityIsTheNumberOfPublishedFactsHoldingIt() {
        for (String lexeme : List.of("alipay", "cainiao", "alibaba")) {
            assertThat(jdbc.queryForObject("select facts from search_lexeme where lexeme = ?", Integer.class, lexeme))
                    .isEqualTo(jdbc.queryForObject("select count(*) from fact where status = 'PUBLISHED'"
                            + " and search_vector @@ to_tsquery('english', ?)", Integer.class, lexeme));
        }
        assertThat(jdbc.queryForObject("select facts from search_statistics", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from fact where status = 'PUBLISHED'", Integer.class));
    }

    @Test
    void instancesRebuildingTheStatisticsAtOnceTakeTurns() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> rebuilds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rebuilds.add(instances.submit(statistics::refresh));
            }
            for (Future<?> rebuild : rebuilds) {
                rebuild.get(30, TimeUnit.SECONDS); // throws if one failed (a duplicate lexeme)
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select facts from search_lexeme where lexeme = 'alipay'", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from fact where status = 'PUBLISHED'"
                        + " and search_vector @@ to_tsquery('english', 'alipay')", Integer.class));
    }

    @Test
    void onALargeBaseOnlyFactsHoldingALessCommonWordAreRanked() {
        SearchResults small = search.search(SearchQuery.of("alibaba logistics", null, null, null, 1));
        assertThat(small.more()).isFalse();
        // every fact holding either word
        assertThat(small.total()).isGreaterThanOrEqualTo(jdbc.queryForObject(
                "select facts from search_lexeme where lexeme = 'alibaba'", Long.class));
        try {
            // as if there were 100,000 facts, "alibaba" in 90,000 of them; a refresh the tests before set
            // off (their facts' embeddings) may rebuild the statistics meanwhile: set them again until a
            // search has seen them, and then it says more match than were ranked
            SearchResults large = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
                jdbc.update("update search_statistics set facts = 100000");
                jdbc.update("update search_lexeme set facts = 90000 where lexeme = 'alibaba'");
                return search.search(SearchQuery.of("alibaba logistics", null, null, null, 1));
            }, SearchResults::more);
            // each fact ranked holds "logistics", or is among those nearest in meaning (the search takes 30 of them)
            List<Long> near = vectors.nearest("alibaba logistics", 30, 0.35).stream().map(FactVectors.Neighbour::factId).toList();
            assertThat(large.facts()).isNotEmpty().allSatisfy(h -> assertThat(jdbc.queryForObject(
                    "select search_vector @@ to_tsquery('english', 'logistics') from fact where fact_key = ?",
                    Boolean.class, h.key()) || near.contains(id(h.key()))).as(h.key()).isTrue());
            assertThat(large.total()).isLessThan(small.total());
        } finally {
            index.refreshNow();
        }
    }
}
