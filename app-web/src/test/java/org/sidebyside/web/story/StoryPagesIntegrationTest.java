package org.sidebyside.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class StoryPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theEightLessonsReadInOrderEachLeadingToItsTopic() throws Exception {
        Document page = Pages.page(mvc, "/stories/lessons");

        assertThat(page.select("ol.lessons > li")).hasSize(8);
        assertThat(page.select("ol.lessons > li").eachAttr("value")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(page.select("ol.lessons > li article.fact").first().id()).startsWith("fact-lesson-1-");
        assertThat(page.select("ol.lessons > li:nth-child(2) .more a").attr("href")).isEqualTo("/compare/payments");
        assertThat(page.select("ol.lessons a.cite")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theFailedProductsStoryTellsBothFailures() throws Exception {
        Document page = Pages.page(mvc, "/stories/failed-products");

        assertThat(page.select("h2").eachText()).contains("Alibaba's search engine", "Amazon's Fire Phone");
        assertThat(page.select(".company-amazon .fact-value").eachText()).contains("$199");
        assertThat(page.select(".company-alibaba article.fact")).isNotEmpty();
    }

    @Test
    void theCustomerExperienceStorySetsOutTheThreePillarsForBothCompanies() throws Exception {
        Document page = Pages.page(mvc, "/stories/customer-experience");

        assertThat(page.select("h3").eachText()).contains("Digital convenience", "Partner in life", "Saving the world");
        for (String pillar : new String[] {"oycr-digital-convenience", "oycr-partner-in-life", "oycr-save-the-world"}) {
            assertThat(page.select("#pair-" + pillar + " .pair-cell.company-alibaba article.fact")).isNotEmpty();
            assertThat(page.select("#pair-" + pillar + " .pair-cell.company-amazon article.fact")).isNotEmpty();
        }
    }
}
