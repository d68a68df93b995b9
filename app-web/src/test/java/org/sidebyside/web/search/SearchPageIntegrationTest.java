package org.sidebyside.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class SearchPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    private Document search(String query) throws Exception {
        // MockMvc does not read "+" as a space the way a servlet container does
        return Pages.page(mvc, "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static List<String> keys(Document page) {
        return page.select(".search-hit .hit-statement a").eachAttr("href").stream()
                .map(h -> h.substring("/facts/".length())).toList();
    }

    @Test
    void tmallsMarketShareComesFirstForTmallMarketShare() throws Exception {
        assertThat(keys(search("tmall market share"))).first().isEqualTo("tmall-china-b2c-share-2014");
    }

    @Test
    void highlightsTheMatchesInTheStatementAndTheQuote() throws Exception {
        Document page = search("fire phone");
        assertThat(keys(page)).contains("fire-phone-price-199");
        assertThat(page.select(".search-hit .hit-statement mark").eachText()).anyMatch(t -> t.equalsIgnoreCase("phone"));
        assertThat(page.select(".search-hit .hit-quote a").eachAttr("href")).allMatch(h -> h.matches("/sources/[a-z0-9-]+#q\\d+"));
        // each found claim says when it holds: its own date, or when its source reported it
        assertThat(page.select(".search-hit .hit-when").eachText()).isNotEmpty()
                .allMatch(w -> w.startsWith("As of ") || w.startsWith("As reported in "));
    }

    @Test
    void searchesTheArticlesTextToo() throws Exception {
        Document page = search("Sun Tzu");
        assertThat(page.select(".passages li a").eachAttr("href")).contains("/sources/eight-lessons");
        assertThat(page.select(".passages mark").eachText()).anyMatch(t -> t.equalsIgnoreCase("Sun"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alipy:alipay", "singels:singl", "tmal:tmall"})
    void toleratesTyposAndPartialWords(String pair) throws Exception {
        String typed = pair.split(":")[0];
        String found = pair.split(":")[1];
        Document page = search(typed);
        assertThat(page.selectFirst(".notice").text()).contains("Showing results for \"" + found);
        assertThat(keys(page)).isNotEmpty();
        assertThat(page.select(".search-hit mark").eachText()).allMatch(t -> t.toLowerCase().startsWith(found.substring(0, 4)));
    }

    @Test
    void filtersByCompanyTopicAndSource() throws Exception {
        Document amazon = Pages.page(mvc, "/search?q=payment&company=amazon");
        assertThat(amazon.select(".search-hit")).isNotEmpty().allSatisfy(h -> assertThat(h.hasClass("company-amazon")).isTrue());
        Document topic = Pages.page(mvc, "/search?q=alibaba&topic=logistics");
        assertThat(topic.select(".search-hit .fact-company a").eachText()).isNotEmpty().containsOnly("Logistics");
        Document source = Pages.page(mvc, "/search?q=alibaba&source=cx-twins-2021");
        assertThat(source.select(".search-hit .hit-quote a").eachAttr("href")).isNotEmpty()
                .allMatch(h -> h.startsWith("/sources/cx-twins-2021#"));
        Pages.page(mvc, "/search?q=alibaba&company=tencent", 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "'; drop table fact; --", "a & | ! ( ) : * <script>alert(1)</script>",
        "\"unbalanced quote", "淘宝", "阿里巴巴", "-", "or", "\\\\ % _ '' \"\""})
    void badQueriesGiveASensiblePage(String query) throws Exception {
        Document page = search(query);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Search the facts");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.text()).doesNotContain("Exception").doesNotContain("ERROR:");
    }

    @Test
    void aTenThousandCharacterQueryIsShortenedNotRefused() throws Exception {
        Document page = search("alipay ".repeat(1500).substring(0, 10_000));
        assertThat(page.selectFirst(".notice").text()).contains("longer than 200 characters");
        assertThat(page.selectFirst("#q").val()).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void everyPageCarriesASearchBox() throws Exception {
        for (String url : List.of("/", "/compare/payments", "/sources", "/timeline", "/facts/fire-phone-price-199")) {
            assertThat(Pages.page(mvc, url).select("form[role=search] input[name=q]")).as(url).hasSize(1);
        }
    }

    @Test
    void pagesThroughManyResults() throws Exception {
        Document first = search("alibaba");
        assertThat(first.select(".search-hit")).hasSize(20);
        Document second = Pages.page(mvc, "/search?q=alibaba&page=2");
        assertThat(keys(second)).doesNotContainAnyElementsOf(keys(first));
        assertThat(Pages.page(mvc, "/search?q=alibaba&page=banana").select(".search-hit")).hasSize(20);
    }

    private static List<String> answerKeys(Document page) {
        return page.select(".answer-card .answer-statement a").eachAttr("href").stream()
                .map(h -> h.substring("/facts/".length())).toList();
    }

    @Test
    void aWholeQuestionIsAnsweredByACardWithTheFactAndItsQuote() throws Exception {
        Document page = search("When was Alibaba founded?");
        assertThat(answerKeys(page)).containsExactly("alibaba-founded-hangzhou-1999");
        assertThat(page.select(".answer-card blockquote footer a").attr("href")).matches("/sources/[a-z0-9-]+#q\\d+");
        assertThat(page.select(".answer-card .more a").attr("href")).startsWith("/compare/");
    }

    @Test
    void aComparisonIsAnsweredWithBothCompanies() throws Exception {
        Document page = search("Alipay vs Amazon Pay");
        assertThat(page.select(".answer-card .answer-fact").eachAttr("class"))
                .anyMatch(c -> c.contains("company-alibaba")).anyMatch(c -> c.contains("company-amazon"));
    }

    @Test
    void notEveryWordMustMatchAndSynonymsCount() throws Exception {
        assertThat(keys(search("which company was set up first, alibaba or amazon"))).isNotEmpty();
        assertThat(keys(search("who set up alibaba")).subList(0, 3)).contains("alibaba-founded-hangzhou-1999");
    }

    @Test
    void aComparisonNamingBothCompaniesRanksByWhatItAsksAbout() throws Exception {
        assertThat(keys(search("alibaba vs amazon revenue sources")).subList(0, 3))
                .containsAnyOf("alibaba-ecommerce-revenue-share-85", "amazon-ecommerce-revenue-share-half");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nov 11", "11.11", "11/11", "singles day"})
    void singlesDayIsFoundUnderEveryUsualDate(String typed) throws Exception {
        assertThat(keys(search(typed + " sales")).subList(0, 3)).contains("singles-day-sales-17-8-billion-in-24-hours");
    }

    @Test
    void hyphensDoNotChangeWhatIsFound() throws Exception {
        assertThat(keys(search("customer-driven"))).isEqualTo(keys(search("customer driven")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usage", "plans", "relate", "which is which"})
    void aCorrectlySpeltWordIsNeverRewritten(String typed) throws Exception {
        assertThat(search(typed).select(".notice")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is ali pay:alipay", "amazon firephone:fire phone", "T-mall launch:tmall"})
    void wordsWrittenApartOrTogetherAreJoinedOrSplit(String pair) throws Exception {
        Document page = search(pair.split(":")[0]);
        assertThat(page.selectFirst(".notice").text()).contains("Showing results for \"").contains(pair.split(":")[1]);
        assertThat(keys(page)).isNotEmpty();
    }

    @Test
    void aQuestionNothingAnswersOffersTheClosestTopics() throws Exception {
        Document page = search("What is the weather in Hangzhou like today?");
        assertThat(page.select(".answer-card.answer-none")).hasSize(1);
        assertThat(page.select(".answer-none a").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("/compare"));
    }
}
