package org.sidebyside.web.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sidebyside.quote.QuoteLocator;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class SourcePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReaderHighlightsEachCitedQuoteAtItsAnchorAndLinksBackToItsFact() throws Exception {
        Long id = jdbc.queryForObject("""
                select c.id from citation c join fact f on f.id = c.fact_id
                where f.fact_key = 'tmall-china-b2c-share-2014' and c.quote like '%61.4%'
                """, Long.class);
        Document reader = Pages.page(mvc, "/sources/adage-amazon-tmall");

        Element anchor = reader.getElementById("q" + id);
        assertThat(anchor).isNotNull();
        Element mark = anchor.nextElementSibling();
        while (mark.hasClass("anchor")) {
            mark = mark.nextElementSibling();
        }
        assertThat(mark.tagName()).isEqualTo("mark");
        StringBuilder quoted = new StringBuilder();
        Element e = mark;
        while (e != null && !(e.hasClass("backref") && e.attr("href").equals("/facts/tmall-china-b2c-share-2014"))) {
            if (e.tagName().equals("mark")) {
                quoted.append(e.text());
            }
            e = e.nextElementSibling();
        }
        assertThat(QuoteLocator.normalize(quoted.toString())).contains("for Tmall the number was 61.4%");
        assertThat(reader.select("a.backref").eachAttr("href")).contains("/facts/tmall-china-b2c-share-2014");
    }

    @Test
    void everyCitationOfASourceHasItsAnchorInTheReader() throws Exception {
        for (String slug : jdbc.queryForList("select slug from source", String.class)) {
            Document reader = Pages.page(mvc, "/sources/" + slug);
            for (Long id : jdbc.queryForList("""
                    select c.id from citation c join source s on s.id = c.source_id join fact f on f.id = c.fact_id
                    where s.slug = ? and f.status = 'PUBLISHED'""", Long.class, slug)) {
                assertThat(reader.getElementById("q" + id)).as(slug + " q" + id).isNotNull();
            }
        }
    }

    @Test
    void theListGivesMetadataAndAnApaReferenceForEachSource() throws Exception {
        Document list = Pages.page(mvc, "/sources");

        assertThat(list.select("article.source-card")).hasSize(4);
        assertThat(list.selectFirst("#source-cx-twins-2021 .ref-apa").text()).isEqualTo(
                "Van Belleghem, S. (2021, November 8). What we can learn from e-commerce \u201ctwins\u201d Amazon and Alibaba about CX. "
                        + "http://localhost:8080/sources/cx-twins-2021");
        assertThat(list.selectFirst("#source-adage-amazon-tmall .ref-apa").text()).startsWith(
                "Rivals? Actually, Amazon Is Looking to Alibaba for Help in China. (n.d.). Ad Age.");
        assertThat(list.selectFirst("#source-business-models-paper .ref-apa").text())
                .startsWith("[Academic paper comparing the business models of Alibaba and Amazon]. (n.d.).");
    }

    @Test
    void anUnknownSourceIsNotFound() throws Exception {
        assertThat(Pages.page(mvc, "/sources/nope", 404).selectFirst("h1").text()).isEqualTo("Nothing here");
    }
}
