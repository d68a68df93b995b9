package org.sidebyside.web.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class FactPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheFactItsQuotesAndTheCounterpartFirstAmongRelatedFacts() throws Exception {
        Document page = Pages.page(mvc, "/facts/tmall-china-b2c-share-2014");

        assertThat(page.selectFirst("h1").text()).isEqualTo("A fact about Alibaba");
        assertThat(page.selectFirst("main > article.fact .fact-value").text()).isEqualTo("61.4%");
        assertThat(page.selectFirst("main > article.fact .fact-measure").text())
                .isEqualTo("Tmall's share of China's online B2C merchandise value");
        assertThat(page.select(".quote blockquote").eachText()).anyMatch(q -> q.contains("for Tmall the number was 61.4%"));
        assertThat(page.select(".quote figcaption a").eachAttr("href")).allMatch(h -> h.startsWith("/sources/adage-amazon-tmall#q"));
        assertThat(page.select("section[aria-labelledby=related-heading] article.fact").first().id())
                .isEqualTo("fact-amazon-cn-china-b2c-share-2014");
        assertThat(page.select("section[aria-labelledby=related-heading] article.fact.company-alibaba")).isEmpty();
    }

    @Test
    void anUnknownKeyIsNotFound() throws Exception {
        Pages.page(mvc, "/facts/no-such-fact", 404);
        Pages.page(mvc, "/facts/%3Cscript%3E", 404);
    }
}
