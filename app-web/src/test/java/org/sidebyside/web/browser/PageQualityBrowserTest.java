package org.sidebyside.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every student page template, in Chromium: WCAG 2.1 AA by axe-core. (Every page's ids,
 * in-page references and weight on the wire are checked by {@code EveryPageIntegrationTest}.)
 */
@BrowserTest
class PageQualityBrowserTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageQualityBrowserTest.class);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * For axe, one page per template (a story per layout): the topic pages share one template,
     * so the topic with the most facts stands for all of them.
     */
    private List<String> pagesPerTemplate() {
        // the smaller company's page: axe's time grows with the page (135 facts about Alibaba take 10 s)
        List<String> pages = new ArrayList<>(List.of("/", "/compare", "/timeline?company=alibaba", "/stories",
                "/companies/amazon", "/sources", "/compare/nope", "/search?q=alipay", "/disagreements", "/study", "/glossary",
                "/study/42?topic=payments", "/study/42/answer?topic=payments&i=0&choice=0"));
        jdbc.queryForList("select distinct on (layout) slug from story order by layout, slug", String.class)
                .forEach(s -> pages.add("/stories/" + s));
        jdbc.queryForList("select fact_key from fact where status = 'PUBLISHED' order by id limit 1", String.class)
                .forEach(f -> pages.add("/facts/" + f));
        jdbc.queryForList("""
                select t.slug from topic t join fact f on f.topic_id = t.id and f.status = 'PUBLISHED'
                group by t.slug order by count(*) desc, t.slug limit 1""", String.class).forEach(t -> pages.add("/compare/" + t));
        jdbc.queryForList("select slug from source order by slug limit 1", String.class).forEach(s -> pages.add("/sources/" + s));
        return pages;
    }

    /** The way axe is run here (one run, violations only) still reports what it finds. */
    @Test
    void axeAsRunHereReportsViolations() {
        Browser.get().get("data:text/html,<!doctype html><title>t</title><main><img src=x.png><a href=x.html></a></main>");
        assertThat(Browser.axe(List.of("wcag2a", "wcag2aa")).getViolations()).extracting(Rule::getId)
                .contains("html-has-lang", "image-alt", "link-name");
    }

    @Test
    void axeFindsNoWcag21AaViolationsOnAnyPage() throws Exception {
        ChromeDriver browser = Browser.get();
        Browser.size(1280, 900);
        List<String> problems = new ArrayList<>();
        try (AutoCloseable axe = Browser.axeOnEveryPage()) {
            for (String page : pagesPerTemplate()) {
                browser.get("http://localhost:" + port + page);
                long started = System.nanoTime();
                Results results = Browser.axe(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"));
                log.info("axe on {}: {} ms", page, (System.nanoTime() - started) / 1_000_000);
                assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
                for (Rule v : results.getViolations()) {
                    problems.add(page + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " e.g. "
                            + v.getNodes().get(0).getTarget());
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
