package org.sidebyside.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class ComparePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    private List<String> topics() {
        return jdbc.queryForList("select slug from topic order by position", String.class);
    }

    @Test
    void everyPublishedFactAppearsOnItsTopicPageWithACitationIntoTheReader() throws Exception {
        Set<String> shown = new HashSet<>();
        for (String topic : topics()) {
            Document page = Pages.page(mvc, "/compare/" + topic);
            for (Element fact : page.select("article.fact")) {
                shown.add(fact.id().substring("fact-".length()));
                assertThat(fact.select("a.cite")).as(fact.id()).isNotEmpty()
                        .allSatisfy(a -> assertThat(a.attr("href")).matches("/sources/[a-z0-9-]+#q\\d+"));
            }
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("select fact_key from fact where status = 'PUBLISHED'", String.class));
    }

    @Test
    void everyTopicWithFactsOnBothCompaniesShowsBoth() throws Exception {
        for (String topic : topics()) {
            Document page = Pages.page(mvc, "/compare/" + topic);
            for (String company : List.of("alibaba", "amazon")) {
                long stored = jdbc.queryForObject("""
                        select count(*) from fact f join topic t on t.id = f.topic_id join company c on c.id = f.company_id
                        where t.slug = ? and c.slug = ? and f.status = 'PUBLISHED'""", Long.class, topic, company);
                assertThat(page.select("article.fact.company-" + company)).as(topic + " " + company).hasSize((int) stored);
            }
        }
    }

    @Test
    void comparableFiguresShareARowAndTheDifferenceStandsOut() throws Exception {
        Document page = Pages.page(mvc, "/compare/china-market");

        Element row = page.selectFirst("#pair-china-b2c-share-2014");
        assertThat(row.select(".pair-cell.company-alibaba .fact-value").text()).isEqualTo("61.4%");
        assertThat(row.select(".pair-cell.company-amazon .fact-value").text()).isEqualTo("1.3%");
        assertThat(row.select(".pair-cell .fact-date").eachText()).containsOnly("As of 2014");
        assertThat(row.selectFirst(".pair-difference").text())
                .isEqualTo("Alibaba's figure is 60.1 percentage points higher than Amazon's.");
    }

    @Test
    void approximateFiguresOfDifferentDatesGetARoundedDifferenceThatSaysSo() throws Exception {
        Document page = Pages.page(mvc, "/compare/shopping-events");
        assertThat(page.selectFirst("#pair-shopping-event-sales .pair-difference").text())
                .isEqualTo("Alibaba's figure is roughly 34 times Amazon's. The figures are not from the same date.");
    }

    @Test
    void aQuoteCitedByTwoFactsOnAPageHasOneFootnoteNumber() throws Exception {
        for (String topic : topics()) {
            Document page = Pages.page(mvc, "/compare/" + topic);
            List<String> quotes = page.select(".footnotes li q").eachText();
            assertThat(quotes).as(topic).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCitationShowsItsQuoteAndNumbersMatchTheFootnotes() throws Exception {
        Document page = Pages.page(mvc, "/compare/china-market");
        Element fact = page.selectFirst("#fact-tmall-china-b2c-share-2014");
        Element cite = fact.selectFirst("a.cite");
        Element tip = page.getElementById(cite.attr("aria-describedby"));

        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.selectFirst("q").text()).contains("for Tmall the number was 61.4%");
        String number = cite.text().replaceAll("\\D", "");
        Element note = page.getElementById("note-" + number);
        assertThat(note.selectFirst("q").text()).isEqualTo(tip.selectFirst("q").text());
        assertThat(note.selectFirst("a").attr("href")).isEqualTo(cite.attr("href"));
    }

    @Test
    void theDifferencesOnlyViewShowsJustThePairedRows() throws Exception {
        Document all = Pages.page(mvc, "/compare/payments");
        Document differences = Pages.page(mvc, "/compare/payments?view=differences");

        assertThat(differences.select(".pair")).hasSameSizeAs(all.select(".pair")).isNotEmpty();
        assertThat(differences.select("article.fact")).allSatisfy(f -> assertThat(f.parents().hasClass("pair")).isTrue());
        assertThat(differences.select("article.fact").size()).isLessThan(all.select("article.fact").size());
        assertThat(differences.selectFirst(".view-switch [aria-current=page]").text()).startsWith("Differences only (");
    }

    @Test
    void anUnknownViewIsABadRequestAndAnUnknownTopicIsNotFound() throws Exception {
        Document bad = Pages.page(mvc, "/compare/payments?view=everything", 400);
        assertThat(bad.selectFirst("h1").text()).isEqualTo("That request cannot be answered");
        Document missing = Pages.page(mvc, "/compare/no-such-topic", 404);
        assertThat(missing.selectFirst("h1").text()).isEqualTo("Nothing here");
        assertThat(missing.select("nav.site-nav a")).isNotEmpty();
    }

    @Test
    void chartsCarryACaptionTheirSourcesAltTextAndADataTable() throws Exception {
        Document page = Pages.page(mvc, "/compare/shopping-events");
        Element chart = page.selectFirst("figure#chart-shopping-event-sales");

        assertThat(chart.selectFirst(".chart-title").text()).isEqualTo("Sales on each company's shopping event");
        assertThat(chart.select(".chart-sources a").eachAttr("href")).contains("/sources/eight-lessons");
        assertThat(chart.attr("data-alt")).contains("Alibaba: more than $17.8 billion").contains("Amazon: about $525 million");
        assertThat(chart.select(".chart-data tbody tr")).extracting(tr -> tr.select("th, td").eachText())
                .containsExactly(List.of("Alibaba", "more than $17.8 billion", "not dated"),
                        List.of("Amazon", "about $525 million", "12 July 2016"));
        assertThat(chart.select("td[data-value]").eachAttr("data-value")).containsExactly("17800000000", "525000000");
        assertThat(page.select("script[src]").eachAttr("src")).anyMatch(s -> s.startsWith("/webjars/chart.js/"));
    }

    @Test
    void theRevenueMixAndMarketShareChartsExist() throws Exception {
        assertThat(Pages.page(mvc, "/compare/revenue").select("figure#chart-revenue-ecommerce-share td[data-value]")
                .eachAttr("data-value")).containsExactly("85", "50");
        assertThat(Pages.page(mvc, "/compare/china-market").select("figure#chart-china-b2c-share-2014 td[data-value]")
                .eachAttr("data-value")).containsExactly("61.4", "1.3");
    }

    @Test
    void theComparePagesNeedAFixedNumberOfQueriesWhateverTheNumberOfFacts() throws Exception {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        // the statistics count every thread's statements: a reload of the fact base that a test
        // before set off (heard a moment later) may fall into a page, so a page may be measured again
        for (String url : List.of("/compare", "/compare/payments", "/", "/timeline", "/companies/alibaba")) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
                stats.clear();
                Pages.page(mvc, url);
                assertThat(stats.getPrepareStatementCount()).as(url).isLessThanOrEqualTo(4);
            });
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            stats.clear();
            Pages.page(mvc, "/sources/eight-lessons");
            assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(5);
        });
    }

    @Test
    void theOverviewShowsEveryTopicHeadToHead() throws Exception {
        Document page = Pages.page(mvc, "/compare");
        assertThat(page.select("section.topic-section")).hasSize(topics().size());
        assertThat(page.select("#topic-revenue .pair")).isNotEmpty();
        assertThat(page.selectFirst("nav.site-nav a[aria-current=page]").text()).isEqualTo("Compare");
    }
}
