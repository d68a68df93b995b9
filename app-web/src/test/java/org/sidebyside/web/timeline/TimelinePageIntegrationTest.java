package org.sidebyside.web.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class TimelinePageIntegrationTest {

    @Autowired
    MockMvc mvc;

    private static List<Integer> years(Document page) {
        return page.select(".timeline-year > h2").eachText().stream().map(Integer::valueOf).toList();
    }

    @Test
    void putsBothCompaniesDatedFactsInOneChronologyFrom1994To2021() throws Exception {
        Document page = Pages.page(mvc, "/timeline");

        List<Integer> years = years(page);
        assertThat(years).isSorted().startsWith(1994).endsWith(2021);
        assertThat(page.select(".timeline-year").first().select("article.fact").first().id())
                .isEqualTo("fact-amazon-founded-seattle-1994");
        assertThat(page.select("article.fact.company-alibaba")).isNotEmpty();
        assertThat(page.select("article.fact.company-amazon")).isNotEmpty();
        assertThat(page.select("article.fact .fact-date")).hasSameSizeAs(page.select("article.fact"));
        // a lane per company, in column order, then what concerns both or a market
        assertThat(page.select(".lane.company-alibaba article.fact")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.hasClass("company-alibaba")).isTrue());
        assertThat(page.select(".lane.company-amazon article.fact")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.hasClass("company-amazon")).isTrue());
        assertThat(page.select(".lane-shared article.fact")).allSatisfy(f -> assertThat(f.attr("data-company")).isIn("", "market"));
        assertThat(page.select(".lane-heads .lane-head").eachText()).containsExactly("Alibaba", "Amazon");
    }

    @Test
    void filtersByCompanyAndTopicWithoutJavaScriptKeepingTheRestOnThePageHidden() throws Exception {
        Document all = Pages.page(mvc, "/timeline");
        assertThat(all.select("[data-filter-item][hidden], .timeline-year[hidden], [data-lane][hidden]")).isEmpty();

        Document amazon = Pages.page(mvc, "/timeline?company=amazon");
        assertThat(amazon.select("[data-filter-item]")).as("every dated fact is on the page")
                .hasSameSizeAs(all.select("[data-filter-item]"));
        assertThat(amazon.select("[data-filter-item]:not([hidden]) article.fact.company-alibaba")).isEmpty();
        assertThat(amazon.select("[data-filter-item]:not([hidden]) article.fact.company-amazon")).isNotEmpty();
        assertThat(amazon.select(".lane.company-alibaba")).allSatisfy(l -> assertThat(l.hasAttr("hidden")).isTrue());
        assertThat(amazon.select(".lane-head[hidden]").eachText()).containsExactly("Alibaba");
        assertThat(amazon.selectFirst("ol.timeline").hasClass("one-company")).isTrue();
        assertThat(amazon.selectFirst(".result-count").text())
                .isEqualTo(amazon.select("[data-filter-item]:not([hidden])").size() + " dated facts");
        assertThat(amazon.selectFirst("select#company option[selected]").val()).isEqualTo("amazon");

        Document payments = Pages.page(mvc, "/timeline?topic=payments");
        assertThat(payments.select(".timeline-year:not([hidden]) > h2").eachText()).contains("2008", "2015");
        assertThat(payments.select("[data-filter-item]:not([hidden])")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.attr("data-topic")).isEqualTo("payments"));
        assertThat(payments.select(".timeline-year[hidden]")).as("a year with no payments fact").isNotEmpty()
                .allSatisfy(y -> assertThat(y.select("[data-filter-item]:not([hidden])")).isEmpty());
    }

    @Test
    void anUnknownFilterIsABadRequestInTheSiteLayout() throws Exception {
        Document page = Pages.page(mvc, "/timeline?company=tencent", 400);
        assertThat(page.select("nav.site-nav")).isNotEmpty();
        assertThat(page.text()).doesNotContain("Exception");
        Pages.page(mvc, "/timeline?topic=%3Cscript%3E", 400);
    }
}
