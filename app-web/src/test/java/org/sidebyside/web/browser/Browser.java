package org.sidebyside.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test JVM, driven through the ChromeDriver installed on the
 * machine (Debian's chromium and chromium-driver; {@code SIDEBYSIDE_CHROME} and
 * {@code SIDEBYSIDE_CHROMEDRIVER} point elsewhere). Nothing is downloaded.
 */
final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;

    private Browser() {
    }

    static synchronized ChromeDriver get() {
        if (driver == null) {
            String binary = find("SIDEBYSIDE_CHROME", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
            String chromedriver = find("SIDEBYSIDE_CHROMEDRIVER", "/usr/bin/chromedriver",
                    System.getenv("CHROMEWEBDRIVER") == null ? null : System.getenv("CHROMEWEBDRIVER") + "/chromedriver");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "quit-chromium"));
        }
        return driver;
    }

    static void size(int width, int height) {
        get().manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Waits up to 10 s for a condition, checking every 50 ms (Selenium's default, 500 ms,
     * adds up to half a second to every step that is not done at once).
     */
    static WebDriverWait waiting() {
        return new WebDriverWait(get(), Duration.ofSeconds(10), Duration.ofMillis(50));
    }

    /**
     * Saves a screenshot of the current page as target/screenshots/{name}.png, for review, in a
     * build run with {@code -Dscreenshots} (each takes a fifth of a second or more of Chromium's
     * time, and the steps' screenshots are for people looking at the pages, not for the tests).
     */
    static void screenshot(String name) {
        if (Boolean.getBoolean("sidebyside.screenshots")) {
            save(name);
        }
    }

    /** Saves a screenshot of the current page as target/screenshots/{name}.png, always. */
    static void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) get()).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * axe-core on the current page for the given rule tags. Only violations are gathered
     * ({@code resultTypes}): the passing checks of a long page are thousands of nodes that axe
     * would otherwise serialise and Selenium parse. The pages have no frames, so axe runs as
     * one {@code axe.run} in the page ("legacy mode", frames not searched), not as partial runs
     * per frame finished in a second, blank window: a third of the time on a long page. Its
     * 560 KB script is sent to the page once, if the page has not loaded it already
     * ({@link #axeOnEveryPage()}): the builder would send it twice per run.
     */
    static Results axe(List<String> tags) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeBuilder builder = new AxeBuilder().withOptions(options).withTags(tags).setLegacyMode(true).disableIframeTesting();
        builder.setInjectAxe(Browser::injectAxeOnce, false);
        return builder.analyze(get());
    }

    /**
     * Until {@code close()}, every page the browser opens loads axe-core as it opens, through
     * the DevTools protocol: about 70 ms a page, against 300 ms for the script sent with each
     * run. For tests that run axe on most of the pages they open.
     */
    static AutoCloseable axeOnEveryPage() {
        ChromeDriver browser = get();
        Object id = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AxeScript.SOURCE))
                .get("identifier");
        return () -> browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    private static void injectAxeOnce(WebDriver page) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AxeScript.SOURCE);
        }
    }

    /** axe-core's script, as the axe-core Selenium jar ships it, read once. */
    private static final class AxeScript {
        static final String SOURCE = read();

        private static String read() {
            try (InputStream in = AxeBuilder.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String find(String env, String... candidates) {
        String forced = System.getenv(env);
        if (forced != null && !forced.isBlank()) {
            return forced;
        }
        return Stream.of(candidates).filter(c -> c != null && Files.isExecutable(Path.of(c))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + env.substring("SIDEBYSIDE_".length()).toLowerCase()
                        + " found (looked at " + List.of(candidates) + "). Install Debian's chromium and chromium-driver"
                        + " (.ci/run does) or set " + env + "."));
    }
}
