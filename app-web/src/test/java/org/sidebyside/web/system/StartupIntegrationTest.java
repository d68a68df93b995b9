package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sidebyside.fact.FactRepository;
import org.sidebyside.test.SiblingDatabase;
import org.sidebyside.web.SideBySideApplication;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A first start on an empty database: no request is served before the import is complete. */
@WebIntegrationTest
class StartupIntegrationTest {

    private static final Pattern FACT = Pattern.compile("(?m)^\\s*- key:");

    private static long seedFacts() throws IOException {
        long n = 0;
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:seeds/facts/*.yml")) {
            try (InputStream in = r.getInputStream()) {
                n += FACT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results().count();
            }
        }
        return n;
    }

    /** What the app looked like at the moment its web server began to accept connections. */
    record AtServerStart(long facts, ReadinessState readiness) {
    }

    @Test
    void theServerAcceptsConnectionsOnlyOnceTheFirstImportIsCompleteAndThenReportsReady(
            @Autowired JdbcConnectionDetails shared) throws Exception {
        List<AtServerStart> seen = new ArrayList<>();
        try (SiblingDatabase empty = SiblingDatabase.create(shared.getJdbcUrl(), shared.getUsername(), shared.getPassword());
             ConfigurableApplicationContext app = new SpringApplicationBuilder(SideBySideApplication.class)
                .listeners(new ApplicationListener<WebServerInitializedEvent>() {
                    @Override
                    public void onApplicationEvent(WebServerInitializedEvent e) {
                        seen.add(new AtServerStart(e.getApplicationContext().getBean(FactRepository.class).count(),
                                e.getApplicationContext().getBean(ApplicationAvailability.class).getReadinessState()));
                    }
                })
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + empty.url(),
                        "--spring.datasource.username=" + empty.username(),
                        "--spring.datasource.password=" + empty.password(),
                        // the search's sentence embeddings are computed after the start, in the
                        // background, and are not what this test is about: 225 of them cost the
                        // build several seconds of CPU
                        "--sidebyside.search.semantic=false")) {
            assertThat(seen).containsExactly(new AtServerStart(seedFacts(), ReadinessState.REFUSING_TRAFFIC));

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
        }
    }
}
