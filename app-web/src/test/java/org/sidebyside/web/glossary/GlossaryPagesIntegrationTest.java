package org.sidebyside.web.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sidebyside.test.SeedFacts;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class GlossaryPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyTermHasOurDefinitionWhereTheArticlesUseItAndAnArticlesOwnWordsWhereOneDefinesIt() throws Exception {
        Document page = Pages.page(mvc, "/glossary");
        assertThat(page.select("dl.glossary-terms > dt").eachAttr("id"))
                .containsExactlyInAnyOrderElementsOf(SeedFacts.glossarySlugs().stream().map(s -> "term-" + s).toList());
        for (Element dd : page.select("dl.glossary-terms > dd")) {
            assertThat(dd.select("p.definition").text()).startsWith("Our definition: ");
            // every term stands in at least one article, linked to where it does
            assertThat(dd.select("p.uses a").eachAttr("href")).isNotEmpty()
                    .allMatch(h -> h.matches("/sources/[a-z0-9-]+#:~:text=.+"));
        }
        Element o2o = page.getElementById("term-o2o").nextElementSibling();
        assertThat(o2o.select("figure.article-definition blockquote").text()).isNotBlank();
        assertThat(o2o.select("figure.article-definition figcaption").text()).contains("8 Lessons Amazon Could Learn From Alibaba");
        assertThat(page.getElementById("term-c2c").nextElementSibling().select("figure.article-definition")).isEmpty();
        assertThat(page.getElementById("term-alipay").nextElementSibling().select("details.term-facts li")).hasSizeGreaterThan(5);
    }

    @Test
    void aTermIsLinkedToItsDefinitionOnItsFirstUseOnAPageOnly() throws Exception {
        Document payments = Pages.page(mvc, "/compare/payments");
        assertThat(payments.select("a.term[href=/glossary#term-alipay]")).hasSize(1);
        assertThat(payments.select("a.term[href=/glossary#term-alipay]").attr("title")).isNotBlank();
        assertThat(payments.select(".fact-statement").text().toLowerCase()).containsPattern("alipay.*alipay");
    }
}
