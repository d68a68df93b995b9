package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.web.SideBySideApplication;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on one database: the test's own context (instance A) and a second
 * one started here with its own web server (instance B). Each keeps the published fact base
 * in memory; a change committed on A must reach B's pages within a second.
 */
@WebIntegrationTest
class FactBaseAcrossInstancesIntegrationTest {

    private static final String KEY = "test-two-instances-local-services";
    private static final String STATEMENT = "Amazon offered Local Services in 2015, as both instances now show.";
    private static ConfigurableApplicationContext instanceB;
    private static final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    FactService facts;

    @BeforeAll
    static void startInstanceB(@Autowired JdbcConnectionDetails database) {
        instanceB = new SpringApplicationBuilder(SideBySideApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    private static HttpResponse<String> onB(String path) throws Exception {
        int port = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publishingOnOneInstanceIsVisibleOnTheOtherWithinASecond() throws Exception {
        facts.create(KEY, new FactContent("amazon", "online-to-offline", FactKind.EVENT, STATEMENT, null, null, null,
                PartialDate.parse("2015"), null, null, List.of(new CitationContent("eight-lessons",
                "Amazon also launched its Local Services in 2015."))), FactStatus.DRAFT);
        // B has read its snapshot and rendered the topic page before the change
        assertThat(onB("/facts/" + KEY).statusCode()).isEqualTo(404);
        assertThat(onB("/compare/online-to-offline").body()).doesNotContain(STATEMENT);

        facts.publish(KEY);
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            assertThat(onB("/facts/" + KEY).statusCode()).isEqualTo(200);
            assertThat(onB("/compare/online-to-offline").body()).contains(STATEMENT);
        });

        facts.unpublish(KEY);
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(onB("/facts/" + KEY).statusCode()).isEqualTo(404));
    }
}
