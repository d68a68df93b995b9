package org.sidebyside.web.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.web.factbase.SourceView;
import org.sidebyside.web.system.PublicUrl;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class CitationFormatsUnitTest {

    private static final Clock NOV_24 = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private final CitationFormats formats = formats();

    private static CitationFormats formats() {
        PublicUrl urls = mock(PublicUrl.class);
        when(urls.of(org.mockito.ArgumentMatchers.anyString())).thenAnswer(a -> "https://example.org" + a.getArgument(0));
        return new CitationFormats(urls, new StaticListableBeanFactory(Map.of("clock", NOV_24)).getBeanProvider(Clock.class));
    }

    private static SourceView source(String title, String kind, String author, String publisher, PartialDate published) {
        return new SourceView("paper", "000.txt", "Paper on the two business models", title, kind, author, publisher,
                published, null, null);
    }

    private String reference(SourceView s, CitationFormats.Style style, boolean html) {
        String formatted = formats.reference(formats.of(s).get(0), style).html();
        // as a reader's browser shows it
        return html ? formatted : org.jsoup.Jsoup.parse(formatted).text();
    }

    @Test
    void anUndatedArticleIsCitedWithTheDayItWasRead() {
        SourceView paper = source(null, "academic paper", null, null, null);
        assertThat(reference(paper, CitationFormats.Style.APA, false)).isEqualTo("[Paper on the two business models]. (n.d.). "
                + "Retrieved November 24, 2026, from https://example.org/sources/paper");
        assertThat(reference(paper, CitationFormats.Style.MLA, false)).contains("Accessed 24 Nov. 2026");
    }

    @Test
    void theHtmlSetsTitlesAsEachStyleDoesAndEscapesTheArticlesOwnWords() {
        SourceView post = source("Lessons <b>&</b> more", "blog post", "Steven Van Belleghem", null, PartialDate.parse("2021-11-08"));
        assertThat(reference(post, CitationFormats.Style.APA, true)).contains("<span class=\"csl-i\">Lessons &lt;b&gt;&amp;&lt;/b&gt; more</span>")
                .doesNotContain("<b>", "style=").doesNotStartWith("<div");
        assertThat(reference(post, CitationFormats.Style.MLA, true)).contains("<span class=\"csl-i\">Lessons &lt;B&gt;");
        SourceView news = source("Rivals?", "news article", null, "Ad Age", null);
        assertThat(reference(news, CitationFormats.Style.MLA, true)).as("an article in a periodical: quoted, the periodical italic")
                .startsWith("&ldquo;Rivals?&rdquo; <span class=\"csl-i\">Ad Age</span>");
        assertThat(reference(post, CitationFormats.Style.APA, false)).contains("Lessons <b>&</b> more");
    }

    @Test
    void aPaperWithoutItsJournalIsMiscInBibtexWithItsAddressAndTheDayItWasRead() throws Exception {
        String bib = formats.file(formats.of(source(null, "academic paper", null, null, null)), CitationFormats.Download.BIBTEX);
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("paper"));
        assertThat(entry.getType()).isEqualTo(new Key("misc"));
        assertThat(entry.getField(BibTeXEntry.KEY_JOURNAL)).isNull();
        assertThat(entry.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString()).isEqualTo("\\url{https://example.org/sources/paper}");
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2026-11-24");

        String journal = formats.file(formats.of(source("T", "academic paper", null, "A Journal", null)),
                CitationFormats.Download.BIBTEX);
        assertThat(new BibTeXParser().parse(new StringReader(journal)).resolveEntry(new Key("paper")).getType())
                .isEqualTo(new Key("article"));
        assertThat(formats.file(formats.of(source(null, "academic paper", null, null, null)), CitationFormats.Download.RIS))
                .contains("TY  - GEN").contains("Y2  - 2026/11/24");
    }

    @Test
    void unwrapTakesOffTheEntrysBlockAndTurnsInlineStylesIntoClasses() {
        assertThat(CitationFormats.unwrap("<div class=\"csl-entry\">A <i>b</i>.</div>")).isEqualTo("A <i>b</i>.");
        assertThat(CitationFormats.unwrap("A <i>b</i>.")).isEqualTo("A <i>b</i>.");
        assertThat(CitationFormats.unwrap("<span style=\"font-variant: small-caps\">A</span> <span style=\"color: red\">b</span>"))
                .isEqualTo("<span class=\"csl-sc\">A</span> <span>b</span>");
    }
}
