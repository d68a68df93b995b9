package org.sidebyside.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactService;
import org.sidebyside.test.SeedFacts;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An instructor's whole journey in Chromium, from signing in to restoring an older version. */
@BrowserTest
class InstructorJourneyBrowserTest {

    private static final String KEY = "browser-local-services-launch";

    @LocalServerPort
    int port;
    @Autowired
    FactService facts;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void axe(ChromeDriver browser, List<String> problems) {
        Results results = Browser.axe(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        for (Rule v : results.getViolations()) {
            problems.add(browser.getCurrentUrl() + ": " + v.getId() + " " + v.getHelp() + " " + v.getNodes().get(0).getTarget());
        }
    }

    @Test
    void signInCreateADraftPreviewPublishSeeItEditDiffAndRevert() throws Exception {
        try (AutoCloseable axe = Browser.axeOnEveryPage()) {
            journey();
        }
    }

    private void journey() {
        ChromeDriver browser = Browser.get();
        Browser.size(1280, 1000);
        WebDriverWait wait = Browser.waiting();
        List<String> axeProblems = new ArrayList<>();

        browser.manage().deleteAllCookies();
        browser.get(url("/admin"));
        wait.until(ExpectedConditions.urlContains("/login"));
        axe(browser, axeProblems);
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(WebIntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(url("/admin") + "(\\?continue)?$"));
        Browser.screenshot("20-admin-dashboard");
        axe(browser, axeProblems);

        browser.get(url("/admin/facts/new"));
        browser.findElement(By.id("key")).sendKeys(KEY);
        new Select(browser.findElement(By.id("company"))).selectByValue("amazon");
        new Select(browser.findElement(By.id("topic"))).selectByValue("online-to-offline");
        new Select(browser.findElement(By.id("kind"))).selectByValue("EVENT");
        browser.findElement(By.id("statement")).sendKeys("Amazon launched its Local Services in 2015.");
        browser.findElement(By.id("asOf")).sendKeys("2015");
        new Select(browser.findElement(By.id("citations0.source"))).selectByValue("eight-lessons");
        browser.findElement(By.id("citations0.quote")).sendKeys("Amazon also launched its Local Services in 2015.");
        Browser.screenshot("21-admin-new-fact");
        axe(browser, axeProblems);
        browser.findElement(By.cssSelector(".fact-form .actions button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/facts/" + KEY)));
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Draft");
        Browser.screenshot("22-admin-draft");
        axe(browser, axeProblems);

        browser.findElement(By.linkText("Preview as a student")).click();
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).contains("not yet visible to students");
        Browser.screenshot("23-admin-preview");
        browser.get(url("/admin/facts/" + KEY));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Publish']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".badge"), "Published"));
        browser.get(url("/compare/online-to-offline"));
        assertThat(browser.findElement(By.id("fact-" + KEY)).getText()).contains("Amazon launched its Local Services in 2015.");
        Browser.screenshot("24-student-sees-published-fact");

        browser.get(url("/admin/facts/" + KEY + "/edit"));
        browser.findElement(By.id("statement")).clear();
        browser.findElement(By.id("statement")).sendKeys("In 2015 Amazon launched Local Services.");
        browser.findElement(By.cssSelector(".fact-form .actions button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/facts/" + KEY)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("In 2015 Amazon launched Local Services.");

        browser.findElement(By.linkText("History")).click();
        Browser.screenshot("25-admin-history");
        axe(browser, axeProblems);
        browser.findElement(By.xpath("//button[text()='Compare the two versions']")).click();
        wait.until(ExpectedConditions.urlContains("/diff"));
        assertThat(browser.findElements(By.cssSelector("tr.changed th span:first-child")))
                .extracting(e -> e.getText()).contains("statement");
        Browser.screenshot("26-admin-diff");
        axe(browser, axeProblems);

        browser.findElement(By.cssSelector("main form.actions button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/facts/" + KEY)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Amazon launched its Local Services in 2015.");
        Browser.screenshot("27-admin-reverted");

        // someone else saves the fact while this instructor has its form open
        browser.get(url("/admin/facts/" + KEY + "/edit"));
        FactService.State read = facts.state(KEY).orElseThrow();
        FactContent c = read.content();
        facts.update(KEY, new FactContent(c.companySlug(), c.topicSlug(), c.kind(), "Amazon launched Local Services (2015).",
                c.value(), c.unit(), c.qualifier(), c.asOf(), c.comparison(), c.note(), c.citations()), read.version());
        browser.findElement(By.id("statement")).clear();
        browser.findElement(By.id("statement")).sendKeys("Amazon's Local Services launched in 2015.");
        browser.findElement(By.cssSelector(".fact-form .actions button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Someone else changed this"));
        assertThat(browser.findElements(By.cssSelector("main table tbody tr td")).stream().map(e -> e.getText()).toList())
                .containsExactly("Amazon's Local Services launched in 2015.", "Amazon launched Local Services (2015).");
        Browser.screenshot("30-admin-conflict");
        axe(browser, axeProblems);
        browser.findElement(By.xpath("//button[text()='Save mine over theirs']")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/facts/" + KEY)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Amazon's Local Services launched in 2015.");

        String disagreement = SeedFacts.disagreementKeys().get(0);
        for (String page : List.of("/admin/facts", "/admin/upload", "/admin/audit", "/admin/stories",
                "/admin/stories/lessons/edit", "/admin/disagreements", "/admin/disagreements/" + disagreement + "/edit",
                "/admin/disagreements/" + disagreement + "/history", "/admin/accounts")) {
            browser.get(url(page));
            axe(browser, axeProblems);
            if (page.startsWith("/admin/stories/")) {
                Browser.screenshot("29-admin-story-form");
            }
            if (page.endsWith("/edit") && page.contains("disagreements")) {
                Browser.screenshot("33-admin-disagreement-form");
            }
        }
        Browser.screenshot("28-admin-accounts");
        assertThat(axeProblems).isEmpty();
    }
}
