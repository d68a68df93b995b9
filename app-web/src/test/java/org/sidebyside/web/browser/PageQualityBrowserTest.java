package org.sidebyside.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every student page, in Chromium: WCAG 2.1 AA by axe-core, and its weight on the wire. */
@BrowserTest
class PageQualityBrowserTest {

    private static final long MAX_TRANSFER_BYTES = 200 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * For axe, one page or a few per template: the topic pages share one template, so the three
     * topics with the most facts stand for all of them, in both views. (Ids and in-page
     * references on every page are checked by {@code EveryPageIntegrationTest}.)
     */
    private List<String> pagesPerTemplate() {
        List<String> pages = new ArrayList<>(List.of("/", "/compare", "/timeline", "/timeline?company=alibaba",
                "/stories", "/stories/failed-products", "/stories/lessons", "/stories/customer-experience",
                "/companies/alibaba", "/companies/amazon", "/sources", "/compare/nope", "/search?q=alipay"));
        jdbc.queryForList("""
                select t.slug from topic t join fact f on f.topic_id = t.id and f.status = 'PUBLISHED'
                group by t.slug order by count(*) desc, t.slug limit 3""", String.class).forEach(t -> {
            pages.add("/compare/" + t);
            pages.add("/compare/" + t + "?view=differences");
        });
        jdbc.queryForList("select slug from source order by slug limit 2", String.class).forEach(s -> pages.add("/sources/" + s));
        return pages;
    }

    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/compare", "/timeline", "/timeline?company=alibaba",
                "/stories", "/stories/failed-products", "/stories/lessons", "/stories/customer-experience",
                "/companies/alibaba", "/companies/amazon", "/sources", "/compare/nope"));
        jdbc.queryForList("select slug from topic order by position", String.class).forEach(t -> {
            pages.add("/compare/" + t);
            pages.add("/compare/" + t + "?view=differences");
        });
        jdbc.queryForList("select slug from source", String.class).forEach(s -> pages.add("/sources/" + s));
        return pages;
    }

    @Test
    void axeFindsNoWcag21AaViolationsOnAnyPage() {
        ChromeDriver browser = Browser.get();
        Browser.size(1280, 900);
        List<String> problems = new ArrayList<>();
        for (String page : pagesPerTemplate()) {
            browser.get("http://localhost:" + port + page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(browser);
            assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
            for (Rule v : results.getViolations()) {
                problems.add(page + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " e.g. "
                        + v.getNodes().get(0).getTarget());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noPageTransfersMoreThan200Kilobytes() {
        ChromeDriver browser = Browser.get();
        List<String> heavy = new ArrayList<>();
        for (String page : pages()) {
            browser.get("http://localhost:" + port + page);
            long bytes = ((Number) ((JavascriptExecutor) browser).executeScript("""
                    var nav = performance.getEntriesByType('navigation')[0];
                    var total = nav.transferSize || nav.encodedBodySize;
                    performance.getEntriesByType('resource').forEach(function (r) { total += r.transferSize || r.encodedBodySize; });
                    return total;""")).longValue();
            if (bytes > MAX_TRANSFER_BYTES) {
                heavy.add(page + ": " + bytes + " bytes");
            }
        }
        assertThat(heavy).isEmpty();
    }
}
