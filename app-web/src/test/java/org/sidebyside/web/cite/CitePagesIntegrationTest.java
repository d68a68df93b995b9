package org.sidebyside.web.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebIntegrationTest
class CitePagesIntegrationTest {

    /** A fact from the one dated article, so that every style has an author and a date to set. */
    private static final String FACT = "/facts/amazon-customer-driven";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse download(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void aFactPageGivesItsArticleInApaMlaAndChicagoWithThePermalinkAndTheQuote() throws Exception {
        Document page = Pages.page(mvc, FACT);
        assertThat(page.select("details.cite-this dt").eachText())
                .containsExactly("APA (7th edition)", "MLA (9th edition)", "Chicago (notes and bibliography)");
        assertThat(page.select(".ref-apa").text()).isEqualTo("Van Belleghem, S. (2021, November 8). What we can learn from "
                + "e-commerce \u201ctwins\u201d Amazon and Alibaba about CX. http://localhost:8080/facts/amazon-customer-driven");
        assertThat(page.select(".ref-mla").text()).startsWith("Van Belleghem, Steven. ").contains("8 Nov. 2021");
        assertThat(page.select(".ref-chicago").text()).startsWith("Van Belleghem, Steven. ").contains("November 8, 2021");
        assertThat(page.select(".cite-quote q").text()).startsWith("The biggest difference is probably");
        assertThat(page.select(".cite-downloads a").eachAttr("href")).containsExactly(FACT + "/cite?format=bibtex",
                FACT + "/cite?format=ris", FACT + "/cite?format=csl-json");
    }

    @Test
    void theBibtexDownloadParsesBackWithItsAuthorDateUrlAndQuote() throws Exception {
        MockHttpServletResponse bib = download(FACT + "/cite?format=bibtex");
        assertThat(bib.getContentType()).startsWith("application/x-bibtex");
        assertThat(bib.getHeader("Content-Disposition")).contains("amazon-customer-driven.bib");

        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib.getContentAsString(StandardCharsets.UTF_8)));
        BibTeXEntry entry = db.resolveEntry(new Key("amazon-customer-driven"));
        assertThat(entry.getType()).isEqualTo(new Key("online"));
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Van Belleghem, Steven");
        assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2021");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("http://localhost:8080" + FACT);
        assertThat(entry.getField(new Key("note")).toUserString()).contains("The biggest difference is probably");
    }

    @Test
    void theRisAndCslJsonDownloadsParseBackToo() throws Exception {
        MockHttpServletResponse ris = download(FACT + "/cite?format=ris");
        assertThat(ris.getContentType()).startsWith("application/x-research-info-systems");
        RISLibrary library = new RISParser().parse(new StringReader(ris.getContentAsString(StandardCharsets.UTF_8)));
        RISReference ref = library.getReferences().get(0);
        assertThat(ref.getTitle()).startsWith("What we can learn from e-commerce");
        assertThat(ref.getAuthors()).containsExactly("Van Belleghem, Steven");
        assertThat(ref.getYear()).isEqualTo("2021");
        assertThat(ref.getURL()).isEqualTo("http://localhost:8080" + FACT);

        MockHttpServletResponse csl = download(FACT + "/cite?format=csl-json");
        assertThat(csl.getContentType()).startsWith("application/vnd.citationstyles.csl+json");
        JsonNode item = JsonMapper.builder().build().readTree(csl.getContentAsString(StandardCharsets.UTF_8)).get(0);
        assertThat(item.get("type").asString()).isEqualTo("post-weblog");
        assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Van Belleghem");
        assertThat(item.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2021,11,8]");
        CSLItemData parsed = CSLItemData.fromJson(JsonMapper.builder().build().convertValue(item, java.util.Map.class));
        assertThat(parsed.getTitle()).startsWith("What we can learn");
    }

    @Test
    void anUndatedArticleIsCitedWithoutADateAndAnUntitledOneByItsDescription() throws Exception {
        String bib = download("/sources/business-models-paper/cite?format=bibtex").getContentAsString(StandardCharsets.UTF_8);
        BibTeXEntry paper = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("business-models-paper"));
        assertThat(paper.getType()).as("no journal is known").isEqualTo(new Key("misc"));
        assertThat(paper.getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("[Academic paper comparing the business models of Alibaba and Amazon]");
        assertThat(paper.getField(BibTeXEntry.KEY_YEAR)).isNull();
        assertThat(paper.getField(BibTeXEntry.KEY_AUTHOR)).isNull();
        Document reader = Pages.page(mvc, "/sources/eight-lessons");
        assertThat(reader.select(".ref-apa").text()).startsWith("LeoWang. (n.d.). 8 Lessons Amazon Could Learn From Alibaba.");
    }

    @Test
    void anUnknownFormatIsABadRequestAndAnUnknownFactNotFound() throws Exception {
        assertThat(download(FACT + "/cite?format=word").getStatus()).isEqualTo(400);
        assertThat(download(FACT + "/cite").getStatus()).isEqualTo(400);
        assertThat(download("/facts/no-such-fact/cite?format=ris").getStatus()).isEqualTo(404);
        assertThat(download("/sources/nope/cite?format=ris").getStatus()).isEqualTo(404);
    }
}
