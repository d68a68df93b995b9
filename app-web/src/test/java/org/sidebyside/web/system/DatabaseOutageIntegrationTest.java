package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.web.Visitor;
import org.junit.jupiter.api.Test;
import org.sidebyside.test.TcpProxy;
import org.sidebyside.web.SideBySideApplication;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second instance of the app reaches the test database through a TCP proxy; cutting the
 * proxy is a database outage. Students keep reading from memory (told as of when), what needs
 * the database answers 503 within two seconds, readiness goes down, and all is well again
 * within five seconds of the database's return.
 */
@WebIntegrationTest
class DatabaseOutageIntegrationTest {

    private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?(/.*)$");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The response and how long it took. */
    private record Timed(HttpResponse<String> response, Duration took) {
    }

    private Timed timed(int port, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get(port, path);
        return new Timed(r, Duration.ofNanos(System.nanoTime() - start));
    }

    private static final String KEY = "test-outage-kept-edit";
    private static final String TYPED = "Amazon launched Local Services in 2015, typed while the database was down.";

    @Autowired
    FactService facts;

    /** What a browser would send for a form: every named field with its value. */
    private static Map<String, String> fields(FormElement form) {
        Map<String, String> data = new LinkedHashMap<>();
        form.formData().forEach(kv -> data.merge(kv.key(), kv.value(), (x, y) -> x));
        return data;
    }

    @Test
    void anOutageIsAnsweredFastAndHonestlyAndTheAppRecoversWhenTheDatabaseReturns(
            @Autowired JdbcConnectionDetails database) throws Exception {
        Matcher m = HOST_PORT.matcher(database.getJdbcUrl());
        assertThat(m.matches()).as(database.getJdbcUrl()).isTrue();
        try (TcpProxy proxy = TcpProxy.to(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
             ConfigurableApplicationContext app = new SpringApplicationBuilder(SideBySideApplication.class).run(
                     "--server.port=0", "--spring.main.banner-mode=off",
                     "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + m.group(3),
                     "--spring.datasource.username=" + database.getUsername(),
                     "--spring.datasource.password=" + database.getPassword())) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(get(port, "/compare/payments").statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            // an instructor has the edit form of a draft open
            facts.create(KEY, new FactContent("amazon", "online-to-offline", FactKind.EVENT, "Amazon launched Local Services.",
                    null, null, null, PartialDate.parse("2015"), null, null, List.of(new CitationContent("eight-lessons",
                    "Amazon also launched its Local Services in 2015."))), FactStatus.DRAFT);
            Visitor instructor = new Visitor();
            instructor.signIn(port, "admin", WebIntegrationTest.ADMIN_PASSWORD);
            FormElement form = Jsoup.parse(instructor.get(port, "/admin/facts/" + KEY + "/edit").body())
                    .select("form.fact-form").forms().get(0);
            Map<String, String> typed = fields(form);
            typed.put("statement", TYPED);

            proxy.cut();

            // the pages students read come from memory, and say that they may be behind
            Awaitility.await().atMost(ANSWER_WITHIN).untilAsserted(() ->
                    assertThat(get(port, "/compare/payments").body()).contains("The database cannot be reached just now"));
            Timed page = timed(port, "/compare/payments");
            assertThat(page.response().statusCode()).isEqualTo(200);
            assertThat(page.took()).isLessThan(ANSWER_WITHIN);

            // what needs the database: a 503 page in the site's layout, with Retry-After, in time
            Timed search = timed(port, "/search?q=never+searched+before");
            assertThat(search.response().statusCode()).isEqualTo(503);
            assertThat(search.response().headers().firstValue("Retry-After")).hasValue("5");
            assertThat(search.response().body()).contains("cannot be reached just now", "site-header");
            assertThat(search.took()).isLessThan(ANSWER_WITHIN);

            Timed readiness = timed(port, "/actuator/health/readiness");
            assertThat(readiness.response().statusCode()).isEqualTo(503);
            assertThat(readiness.took()).isLessThan(ANSWER_WITHIN);

            // the instructor's edit: nothing saved, said so, and everything typed comes back as a form
            long start = System.nanoTime();
            HttpResponse<String> save = instructor.post(port, "/admin/facts/" + KEY + "/edit", typed);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ANSWER_WITHIN);
            assertThat(save.statusCode()).isEqualTo(503);
            assertThat(save.headers().firstValue("Retry-After")).hasValue("5");
            Document kept = Jsoup.parse(save.body());
            assertThat(kept.selectFirst("[role=alert]").text()).startsWith("Nothing was saved");
            FormElement resend = kept.select("main form").forms().get(0);
            assertThat(resend.attr("action")).isEqualTo("/admin/facts/" + KEY + "/edit");
            assertThat(fields(resend)).isEqualTo(typed);
            assertThat(resend.select("input[type=hidden][name=version]")).as("the version is sent back, not shown").hasSize(1);
            assertThat(resend.select("input[type=hidden][name=key]")).as("the key cannot change here: sent back, not shown").hasSize(1);
            assertThat(resend.select("label").eachText()).contains("statement", "citation 1 quote");

            proxy.restore();

            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                assertThat(get(port, "/search?q=never+searched+before").statusCode()).isEqualTo(200);
                assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(get(port, "/compare/payments").body()).doesNotContain("The database cannot be reached just now");
            });
            // sent again from the kept form, the edit is saved in the same session
            HttpResponse<String> again = instructor.post(port, "/admin/facts/" + KEY + "/edit", fields(resend));
            assertThat(again.statusCode()).isEqualTo(302);
            assertThat(facts.state(KEY).orElseThrow().content().statement()).isEqualTo(TYPED);
        }
    }
}
