package org.sidebyside.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sidebyside.quote.QuoteLocator;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a student does, in a real headless Chromium. Screenshots go to target/screenshots. */
@BrowserTest
class StudentJourneyBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.get();
        Browser.size(1280, 900);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The elements that reach past the right edge of the screen, to say what scrolls sideways. */
    private Object widerThanTheScreen() {
        return js("""
                var w = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > w + 1 && out.length < 5) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); }
                });
                return out.join(', ');""");
    }

    private WebDriverWait waiting() {
        return Browser.waiting();
    }

    @Test
    void fromHomeToATopicToACitationToTheHighlightedQuoteAndBack() {
        browser.get(url("/"));
        Browser.screenshot("01-home");
        browser.findElement(By.cssSelector("#topic-china-market a.topic-name")).click();
        waiting().until(ExpectedConditions.urlContains("/compare/china-market"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("China market and Amazon on Tmall");

        WebElement fact = browser.findElement(By.id("fact-tmall-china-b2c-share-2014"));
        WebElement cite = fact.findElement(By.cssSelector("a.cite"));
        WebElement tip = browser.findElement(By.id(cite.getDomAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isFalse();
        js("arguments[0].focus()", cite);
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("for Tmall the number was 61.4%");
        Browser.screenshot("02-topic-citation-focused");

        String anchor = cite.getDomAttribute("href").substring(cite.getDomAttribute("href").indexOf('#') + 1);
        cite.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/sources/adage-amazon-tmall#" + anchor));
        WebElement target = browser.findElement(By.id(anchor));
        assertThat((Boolean) js("return arguments[0].matches(':target')", target)).isTrue();
        WebElement mark = browser.findElement(By.xpath("//span[@id='" + anchor + "']/following-sibling::mark[1]"));
        assertThat(mark.isDisplayed()).isTrue();
        assertThat((Boolean) js("var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", mark))
                .isTrue();
        Browser.screenshot("03-reader-at-quote");

        WebElement back = browser.findElement(By.cssSelector("a.backref[href='/facts/tmall-china-b2c-share-2014']"));
        back.click();
        waiting().until(ExpectedConditions.urlContains("/facts/tmall-china-b2c-share-2014"));
        assertThat(browser.findElement(By.cssSelector("#fact-tmall-china-b2c-share-2014 .fact-value")).getText())
                .isEqualTo("61.4%");
        assertThat(browser.findElement(By.cssSelector(".quote blockquote")).getText()).contains("for Tmall the number was 61.4%");
        Browser.screenshot("04-back-at-fact-permalink");
        browser.findElement(By.cssSelector(".breadcrumb a")).click();
        waiting().until(ExpectedConditions.urlContains("/compare/china-market"));
    }

    @Test
    void typesIntoTheSearchBoxAndFollowsAResultToTheHighlightedQuote() {
        browser.get(url("/compare/payments"));
        WebElement box = browser.findElement(By.cssSelector("form[role=search] input[name=q]"));
        box.sendKeys("tmall market share", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/search?q="));
        List<WebElement> hits = browser.findElements(By.cssSelector(".search-hit"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).findElement(By.cssSelector(".hit-statement a")).getDomAttribute("href"))
                .isEqualTo("/facts/tmall-china-b2c-share-2014");
        assertThat(hits.get(0).findElements(By.cssSelector("mark"))).isNotEmpty();
        Browser.screenshot("11-search-results");

        WebElement quote = hits.get(0).findElement(By.cssSelector(".hit-quote footer a"));
        String anchor = quote.getDomAttribute("href").substring(quote.getDomAttribute("href").indexOf('#') + 1);
        quote.click();
        waiting().until(ExpectedConditions.urlContains("/sources/adage-amazon-tmall#" + anchor));
        assertThat((Boolean) js("return document.getElementById(arguments[0]).matches(':target')", anchor)).isTrue();
        Browser.screenshot("12-search-to-quote");

        browser.get(url("/search?q=alipy"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Showing results for \"alipay\"");
        Browser.screenshot("13-search-typo");
    }

    @Test
    void aWholeQuestionTypedInTheHeaderGetsAnAnswerCardWhoseQuoteLeadsIntoTheArticle() {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.cssSelector("form[role=search] input[name=q]"));
        box.sendKeys("When was Alibaba founded?", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".answer-card")));
        WebElement card = browser.findElement(By.cssSelector(".answer-card"));
        assertThat(card.findElement(By.tagName("h2")).getText()).isEqualTo("The answer");
        assertThat(card.findElement(By.cssSelector(".answer-statement")).getText()).contains("1999");
        assertThat(card.findElement(By.cssSelector("blockquote p")).getText()).isNotBlank();
        Browser.screenshot("14-answer-card");

        Browser.size(375, 800);
        assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("horizontal scroll on the answer card, from " + widerThanTheScreen()).isLessThanOrEqualTo(0);
        Browser.screenshot("15-answer-card-375");
        Browser.size(1280, 900);

        WebElement intoTheArticle = browser.findElement(By.cssSelector(".answer-card blockquote footer a"));
        String href = intoTheArticle.getDomAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        intoTheArticle.click();
        waiting().until(ExpectedConditions.urlContains("#" + anchor));
        assertThat((Boolean) js("return document.getElementById(arguments[0]).matches(':target')", anchor)).isTrue();
        Browser.screenshot("16-answer-to-quote");

        browser.get(url("/search?q=" + java.net.URLEncoder.encode("alipay vs amazon pay", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(browser.findElements(By.cssSelector(".answer-card .answer-fact"))).hasSizeGreaterThanOrEqualTo(2);
        Browser.screenshot("17-answer-comparison");
        Browser.size(375, 800);
        assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("horizontal scroll on the comparison card, from " + widerThanTheScreen()).isLessThanOrEqualTo(0);
        Browser.screenshot("18-answer-comparison-375");
    }

    @Test
    void theDifferencesOnlyViewKeepsJustThePairedRows() {
        browser.get(url("/compare/payments"));
        int all = browser.findElements(By.cssSelector("article.fact")).size();
        browser.findElement(By.partialLinkText("Differences only")).click();
        waiting().until(ExpectedConditions.urlContains("view=differences"));

        List<WebElement> facts = browser.findElements(By.cssSelector("article.fact"));
        assertThat(facts).isNotEmpty().hasSizeLessThan(all);
        assertThat(facts).allSatisfy(f -> assertThat(f.findElements(By.xpath("ancestor::div[contains(@class,'pair')]"))).isNotEmpty());
        Browser.screenshot("05-differences-only");
    }

    @Test
    void onA375PixelPhoneTheColumnsStackAndEveryItemNamesItsCompany() {
        Browser.size(375, 800);
        for (String path : List.of("/compare/shopping-events", "/", "/sources/eight-lessons", "/timeline",
                "/search?q=alipay", "/stories/customer-experience", "/disagreements", "/compare/payments", "/glossary",
                "/study")) {
            browser.get(url(path));
            long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("horizontal scroll on " + path + ", from " + widerThanTheScreen()).isLessThanOrEqualTo(0);
        }
        browser.get(url("/compare/shopping-events"));
        WebElement row = browser.findElement(By.id("pair-shopping-event-sales"));
        List<WebElement> cells = row.findElements(By.cssSelector(".pair-cell"));
        assertThat(cells.get(1).getRect().getY()).isGreaterThan(cells.get(0).getRect().getY());
        assertThat(cells.get(0).getRect().getX()).isEqualTo(cells.get(1).getRect().getX());
        for (WebElement fact : browser.findElements(By.cssSelector("article.fact"))) {
            WebElement label = fact.findElement(By.cssSelector(".fact-company"));
            assertThat(label.isDisplayed()).isTrue();
            assertThat(label.getText()).isIn("ALIBABA", "AMAZON", "BOTH COMPANIES", "CONTEXT: CHINA", "CONTEXT: UNITED STATES");
        }
        Browser.screenshot("06-phone-375-compare");
        browser.get(url("/"));
        Browser.screenshot("07-phone-375-home");
    }

    @Test
    void chartsAreDrawnByTheScriptWithTheirTableKept() {
        browser.get(url("/compare/shopping-events"));
        WebElement canvas = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chart-shopping-event-sales canvas")));
        assertThat(canvas.getDomAttribute("role")).isEqualTo("img");
        assertThat(canvas.getDomAttribute("aria-label")).contains("Alibaba: more than $17.8 billion");
        assertThat(canvas.getSize().getHeight()).isGreaterThan(50);
        assertThat(browser.findElement(By.cssSelector("#chart-shopping-event-sales table")).isDisplayed()).isTrue();
        Browser.screenshot("08-chart");
        browser.get(url("/compare/china-market"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-china-b2c-share-2014 canvas")));
        Browser.screenshot("09-chart-market-share");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
        browser.get(url("/timeline"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");

        // the filter applies as it is chosen (where JavaScript runs, no button to press)
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("company"))).selectByValue("amazon");
        waiting().until(ExpectedConditions.urlContains("company=amazon"));
        assertThat(browser.findElements(By.cssSelector("article.fact.company-alibaba"))).noneMatch(WebElement::isDisplayed);
        Browser.screenshot("10-timeline-amazon");
    }

    @Test
    void fromATopicAStudentSeesWhereTheSourcesDisagreeAndWhyThenReadsAQuoteInItsArticle() {
        Browser.size(1280, 900);
        browser.get(url("/compare/logistics"));
        WebElement listed = browser.findElement(By.cssSelector(".topic-disagreements a"));
        String subject = listed.getText();
        listed.click();
        waiting().until(ExpectedConditions.urlContains("/disagreements#d-"));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement disagreement = browser.findElement(By.id(anchor));
        assertThat(disagreement.findElement(By.tagName("h3")).getText()).isEqualTo(subject);
        // at a glance: the kind of difference, one sentence on it, and the sides next to each other
        assertThat(disagreement.findElement(By.cssSelector("p.kind")).getText()).contains(":");
        assertThat(disagreement.findElement(By.cssSelector("p.summary")).getText()).isNotBlank();
        List<WebElement> sides = disagreement.findElements(By.cssSelector("section.side"));
        assertThat(sides).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sides.get(1).getRect().getY()).isEqualTo(sides.get(0).getRect().getY());
        assertThat((Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight;",
                disagreement)).as("the disagreement is in view").isTrue();
        assertThat(disagreement.findElements(By.cssSelector("figcaption .reported")))
                .allSatisfy(r -> assertThat(r.getText()).startsWith("as reported in "));
        Browser.screenshot("31-disagreement");

        WebElement quote = disagreement.findElement(By.cssSelector("figure.side-quote"));
        String quoted = quote.findElement(By.tagName("blockquote")).getText();
        quote.findElement(By.cssSelector("figcaption a")).click();
        waiting().until(ExpectedConditions.urlContains("/sources/"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        // the quote's first highlighted piece (a quote overlapping another is marked in pieces)
        String marked = browser.findElement(By.xpath("//span[@id='" + id + "']/following-sibling::mark[1]")).getText();
        assertThat(QuoteLocator.normalize(quoted)).startsWith(QuoteLocator.normalize(marked));

        Browser.size(375, 800);
        browser.get(url("/disagreements#" + anchor));
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal scroll, from " + widerThanTheScreen()).isLessThanOrEqualTo(0);
        Browser.screenshot("32-disagreement-375");
    }

    @Test
    void aQuoteThatStandsTwiceInItsArticleOpensTheReaderAtTheOccurrenceItCites() {
        Browser.size(1280, 900);
        browser.get(url("/facts/amazon-customer-driven"));
        browser.findElement(By.cssSelector("article.fact a.cite")).click();
        waiting().until(ExpectedConditions.urlContains("/sources/cx-twins-2021#q"));
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement cited = browser.findElement(By.xpath("//span[@id='" + id + "']/following-sibling::mark[1]"));
        assertThat(cited.getText()).startsWith("The biggest difference");
        // the body under its heading, not the subtitle that repeats its first sentence above the date
        WebElement date = browser.findElement(By.xpath("//*[contains(text(), 'November 8, 2021')]"));
        assertThat(cited.getRect().getY()).isGreaterThan(date.getRect().getY());
        assertThat((Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight;",
                cited)).as("the cited occurrence is in view").isTrue();
        Browser.screenshot("34-reader-repeated-quote");
    }

    @Test
    void aStudentCopiesAReferenceAndDownloadsTheFactsCitationForAReferenceManager() throws Exception {
        Browser.size(1280, 900);
        browser.get(url("/facts/alibaba-surpassed-walmart-largest-retailer"));
        WebElement cite = browser.findElement(By.cssSelector("details.cite-this"));
        cite.findElement(By.tagName("summary")).click();
        WebElement apa = cite.findElement(By.cssSelector(".ref-apa"));
        assertThat(apa.isDisplayed()).isTrue();
        // the permalink under the site's public address
        assertThat(apa.getText()).startsWith("LeoWang. (n.d.). 8 Lessons Amazon Could Learn From Alibaba.")
                .endsWith(org.sidebyside.web.ServerIntegrationTest.PUBLIC_URL + "/facts/alibaba-surpassed-walmart-largest-retailer");
        Browser.screenshot("35-cite-this-fact");

        // what the BibTeX link serves, fetched by the browser itself, reads back as one entry with the quote
        String href = cite.findElement(By.linkText("BibTeX")).getDomAttribute("href");
        String bib = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
        org.jbibtex.BibTeXEntry entry = new org.jbibtex.BibTeXParser().parse(new java.io.StringReader(bib))
                .resolveEntry(new org.jbibtex.Key("alibaba-surpassed-walmart-largest-retailer"));
        assertThat(entry.getField(org.jbibtex.BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("8 Lessons Amazon Could Learn From Alibaba");
        assertThat(entry.getField(new org.jbibtex.Key("note")).toUserString())
                .contains("Alibaba has surpassed Walmart to become the largest retailer worldwide.");
    }

    @Test
    void aStudentPlaysAQuizRoundSeesEachQuoteFollowsOneIntoItsArticleAndFindsTheScoreKept() {
        Browser.size(1280, 900);
        browser.get(url("/study"));
        browser.executeScript("localStorage.clear()");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("topic"))).selectByValue("payments");
        browser.findElement(By.cssSelector("form.study-start button")).click();
        for (int n = 1; n <= 5; n++) {
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".study-count"),
                    "Question " + n + " of 5"));
            if (n == 1) {
                Browser.screenshot("36-quiz-question");
            }
            // the keyboard alone: the first option, then the answer button
            WebElement first = browser.findElement(By.cssSelector("input[name=choice]"));
            first.sendKeys(Keys.SPACE);
            assertThat(first.isSelected()).isTrue();
            browser.findElement(By.cssSelector("form.study-question button[type=submit]")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".study-verdict")));
            assertThat(browser.findElement(By.cssSelector(".study-verdict")).getText()).matches("(Right|Not quite).*");
            assertThat(browser.findElement(By.cssSelector("figure.quote blockquote")).getText()).isNotBlank();
            if (n == 1) {
                Browser.screenshot("37-quiz-answer");
                String back = browser.getCurrentUrl();
                String quoted = browser.findElement(By.cssSelector("figure.quote blockquote")).getText();
                browser.findElement(By.cssSelector("a.study-into-article")).click();
                waiting().until(ExpectedConditions.urlContains("/sources/"));
                String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
                String marked = browser.findElement(By.xpath("//span[@id='" + id + "']/following-sibling::mark[1]")).getText();
                assertThat(QuoteLocator.normalize(quoted)).startsWith(QuoteLocator.normalize(marked));
                browser.get(back);
            }
            browser.findElement(By.cssSelector(".study-next a")).click();
        }
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".study-score")));
        String score = browser.findElement(By.cssSelector(".study-score")).getText();
        assertThat(score).matches("You answered [0-5] of 5 right\\.");
        Browser.screenshot("38-quiz-score");

        browser.get(url("/study"));
        WebElement kept = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".study-rounds li")));
        assertThat(kept.getText()).contains(score.replaceAll("You answered (\\d) of 5 right\\.", "$1 of 5"), "(Payments)");
        Browser.size(375, 800);
        long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal scroll, from " + widerThanTheScreen()).isLessThanOrEqualTo(0);
    }

    @Test
    void aTermOnAPageLeadsToItsDefinitionAndTheGlossaryToWhereTheArticleUsesIt() {
        Browser.size(1280, 900);
        browser.get(url("/compare/payments"));
        WebElement term = browser.findElement(By.cssSelector("a.term[href='/glossary#term-alipay']"));
        assertThat(term.getDomAttribute("title")).isNotBlank();
        term.click();
        waiting().until(ExpectedConditions.urlContains("/glossary#term-alipay"));
        assertThat((Boolean) js("return document.getElementById('term-alipay').matches(':target')")).isTrue();
        Browser.screenshot("39-glossary");
        WebElement use = browser.findElement(By.cssSelector("#term-alipay + dd p.uses a"));
        use.click();
        waiting().until(ExpectedConditions.urlContains("/sources/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void onAPhoneChartsShrinkAfterRotatingCitationsAreEasyToTouchAndShowTheirQuoteOnFocus() {
        // a chart drawn on a wide screen, then the phone turned to 375 px: no sideways scrolling
        Browser.size(1280, 900);
        browser.get(url("/compare/shopping-events"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-shopping-event-sales canvas")));
        Browser.size(375, 800);
        waiting().until(d -> (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0);
        assertThat(browser.findElement(By.cssSelector("#chart-shopping-event-sales canvas")).getSize().getWidth()).isLessThan(375);
        Browser.screenshot("40-chart-after-rotating-375");

        WebElement cite = browser.findElement(By.cssSelector("article.fact a.cite"));
        assertThat(cite.getSize().getWidth()).isGreaterThanOrEqualTo(24);
        assertThat(cite.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        WebElement permalink = browser.findElement(By.cssSelector("article.fact .fact-link a"));
        assertThat(permalink.getSize().getHeight()).isGreaterThanOrEqualTo(24);

        // the keyboard reaches a citation and its quote shows, as on hover
        js("arguments[0].focus()", cite);
        WebElement tip = browser.findElement(By.id(cite.getDomAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).isNotBlank();
        Browser.screenshot("41-citation-on-focus-375");

        // following it: the reader leaves a few lines of context above the quote
        Browser.size(1280, 900);
        String href = cite.getDomAttribute("href");
        browser.get(url(href));
        String id = href.substring(href.indexOf('#') + 1);
        WebElement mark = browser.findElement(By.xpath("//span[@id='" + id + "']/following-sibling::mark[1]"));
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top", mark);
        assertThat(top.doubleValue()).as("context above the quote").isGreaterThan(60).isLessThan(400);
        // only the followed quote stands out: the others are marked without a background
        assertThat((String) js("return getComputedStyle(arguments[0]).backgroundColor", mark)).isNotEqualTo("rgba(0, 0, 0, 0)");
        Browser.screenshot("42-reader-jump-with-context");
    }

    @Test
    void theTimelineShowsTheTwoCompaniesInLanesAndItsFiltersApplyAsTheyAreChosen() {
        Browser.size(1280, 900);
        browser.get(url("/timeline"));
        WebElement alibabaFact = browser.findElement(By.cssSelector(".lane.company-alibaba article.fact"));
        WebElement amazonLane = browser.findElement(By.cssSelector(".lane.company-amazon"));
        assertThat(amazonLane.getRect().getX()).isGreaterThan(alibabaFact.getRect().getX());
        assertThat(browser.findElement(By.cssSelector("form.filters button[type=submit]")).isDisplayed())
                .as("no separate button where JavaScript runs").isFalse();
        int all = browser.findElements(By.cssSelector(".timeline article.fact")).size();
        Browser.screenshot("43-timeline-lanes");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("company"))).selectByValue("amazon");
        waiting().until(ExpectedConditions.urlContains("?company=amazon"));
        List<WebElement> shown = browser.findElements(By.cssSelector(".timeline article.fact")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSizeLessThan(all).isNotEmpty()
                .allSatisfy(f -> assertThat(f.getDomAttribute("data-company")).isIn("amazon", ""));
        assertThat(browser.findElement(By.cssSelector(".result-count")).getText()).isEqualTo(shown.size() + " dated facts");
        assertThat(browser.findElement(By.cssSelector(".lane.company-amazon article.fact")).getRect().getWidth())
                .as("one company's lane takes the page's width").isGreaterThan(alibabaFact.getRect().getWidth() * 3 / 2);
        Browser.screenshot("44-timeline-filtered");

        // loaded filtered (a shared link), the filters still apply in place, back to both lanes
        browser.get(url("/timeline?company=amazon"));
        assertThat(browser.findElement(By.cssSelector("form.filters button[type=submit]")).isDisplayed()).isFalse();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("company"))).selectByValue("");
        waiting().until(ExpectedConditions.urlToBe(url("/timeline")));
        assertThat(browser.findElements(By.cssSelector(".timeline article.fact")).stream().filter(WebElement::isDisplayed))
                .hasSize(all);
        assertThat(browser.findElement(By.cssSelector(".lane.company-alibaba article.fact")).isDisplayed()).isTrue();
    }
}
