package org.sidebyside.web.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sidebyside.disagreement.DisagreementService;
import org.sidebyside.test.SeedFacts;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebIntegrationTest
class DisagreementPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DisagreementService disagreements;

    @Test
    void everyDisagreementShowsItsSidesWithTheirQuotesAndWhenTheyWereReported() throws Exception {
        Document page = Pages.page(mvc, "/disagreements");
        List<String> keys = SeedFacts.disagreementKeys();

        assertThat(page.select("article.disagreement").eachAttr("id"))
                .containsExactlyInAnyOrderElementsOf(keys.stream().map(k -> "d-" + k).toList());
        for (Element d : page.select("article.disagreement")) {
            assertThat(d.select("h3").text()).as(d.id()).isNotBlank();
            assertThat(d.select("p.kind strong").text()).as(d.id())
                    .isIn("Different moments", "Different measures", "Different wording", "Contradiction");
            assertThat(d.select("p.summary").text()).as(d.id()).isNotBlank();
            assertThat(d.select("section.side")).as(d.id()).hasSizeGreaterThanOrEqualTo(2);
            for (Element quote : d.select("figure.side-quote")) {
                assertThat(quote.select("blockquote").text()).as(d.id()).isNotBlank();
                // every quote says when it was reported (a dated fact says its date as well)
                assertThat(quote.select("figcaption .reported").text()).as(d.id()).startsWith("as reported in ");
                assertThat(quote.select("figcaption a").attr("href")).matches("/sources/[a-z0-9-]+#q\\d+");
            }
        }
        assertThat(page.select("figcaption .reported").eachText())
                .contains("as reported in 2021", "as reported in 2016 or later", "as reported in 2020 or later");
        // the kinds are explained once, at the top, with how many there are of each
        assertThat(page.select(".kind-legend li")).hasSize(4);
    }

    @Test
    void eachFactOnASideLinksBackToItsDisagreementAndEachTopicListsItsOwn() throws Exception {
        Document page = Pages.page(mvc, "/disagreements");
        Element first = page.selectFirst("article.disagreement");
        String anchor = first.id();
        for (String href : first.select(".side-statement a").eachAttr("href")) {
            Document fact = Pages.page(mvc, href);
            assertThat(fact.select("article.fact").first().select(".fact-disputed a").eachAttr("href"))
                    .as(href).contains("/disagreements#" + anchor);
        }
        String topicHref = first.parents().select("section[id^=topic-] h2 a.topic-link").attr("href");
        Document topic = Pages.page(mvc, topicHref);
        assertThat(topic.select(".topic-disagreements a").eachAttr("href")).contains("/disagreements#" + anchor);
    }

    @Test
    void undatedClaimsCarryTheirSourcesDateAndDatedOnesTheirOwn() throws Exception {
        Document lessons = Pages.page(mvc, "/facts/alibaba-surpassed-walmart-largest-retailer");
        assertThat(lessons.select("article.fact").first().select(".fact-reported").text())
                .isEqualTo("As reported in 2016 or later");
        Document dated = Pages.page(mvc, "/facts/tmall-china-b2c-share-2014");
        assertThat(dated.select("article.fact").first().select(".fact-reported")).isEmpty();
        assertThat(dated.select("article.fact").first().select(".fact-date").text()).contains("2014");
    }

    @Test
    void factsAboutAMarketAreContextForTheTopicAndNeverInACompanysColumn() throws Exception {
        Document payments = Pages.page(mvc, "/compare/payments");
        Element context = payments.selectFirst("section.context-facts");
        assertThat(context.select("article.fact").eachAttr("id"))
                .contains("fact-us-credit-card-prevalence", "fact-china-credit-cards-quarter-of-us-2010");
        assertThat(context.select("#fact-us-credit-card-prevalence .fact-company").text()).isEqualTo("Context: United States");
        assertThat(payments.select(".column #fact-us-credit-card-prevalence, .pair #fact-us-credit-card-prevalence")).isEmpty();
        Document amazon = Pages.page(mvc, "/companies/amazon");
        assertThat(amazon.select("#fact-us-credit-card-prevalence")).isEmpty();
    }

    @Test
    void theApiServesTheDisagreementsWithTheirFactsQuotesAndReportDates() throws Exception {
        String key = SeedFacts.disagreementKeys().get(0);
        MvcResult all = mvc.perform(get("/api/disagreements")).andReturn();
        assertThat(all.getResponse().getStatus()).isEqualTo(200);
        String json = all.getResponse().getContentAsString();
        for (String k : SeedFacts.disagreementKeys()) {
            assertThat(json).contains("\"key\":\"" + k + "\"");
        }
        MvcResult one = mvc.perform(get("/api/disagreements/" + key)).andReturn();
        assertThat(one.getResponse().getContentAsString()).contains("\"sides\":[{\"label\":", "\"quote\":", "\"reported\":");
        assertThat(mvc.perform(get("/api/disagreements/no-such-thing")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRetiredDisagreementLeavesThePagesAndItsFactsLinks() throws Exception {
        String key = SeedFacts.disagreementKeys().get(1);
        disagreements.retire(key, disagreements.state(key).orElseThrow().version());
        try {
            Document page = Pages.page(mvc, "/disagreements");
            assertThat(page.select("#d-" + key)).isEmpty();
            assertThat(page.select("article.disagreement")).hasSize(SeedFacts.disagreementKeys().size() - 1);
        } finally {
            disagreements.restore(key, disagreements.state(key).orElseThrow().version());
        }
    }

    @Test
    void theKeyOfAFactMergedIntoAnotherLeadsToItForGood() throws Exception {
        assertThat(SeedFacts.formerly()).isNotEmpty();
        SeedFacts.formerly().forEach((old, survivor) -> {
            try {
                var page = mvc.perform(get("/facts/" + old)).andReturn().getResponse();
                assertThat(page.getStatus()).as(old).isEqualTo(301);
                assertThat(page.getRedirectedUrl()).isEqualTo("/facts/" + survivor);
                var api = mvc.perform(get("/api/facts/" + old)).andReturn().getResponse();
                assertThat(api.getStatus()).as(old).isEqualTo(301);
                assertThat(api.getHeader("Location")).isEqualTo("/api/facts/" + survivor);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(mvc.perform(get("/facts/never-a-fact")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
