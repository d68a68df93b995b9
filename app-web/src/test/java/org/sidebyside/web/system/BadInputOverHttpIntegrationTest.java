package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sidebyside.test.TestDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Bad input that only a real server produces (Tomcat decodes the parameters, MockMvc does
 * not): a clear 4xx in the site's layout, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class BadInputOverHttpIntegrationTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSearchWithANulCharacterIsASearchForTheRestOfIt() throws Exception {
        for (String q : new String[] {"ali%00pay", "%00", "alipay%00"}) {
            HttpResponse<String> r = get("/search?q=" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).contains("site-header");
        }
    }

    @Test
    void aQueryThatIsNotUtf8IsABadRequestInTheSiteLayoutAndAProblemInTheApi() throws Exception {
        HttpResponse<String> page = get("/search?q=%FF%FE");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("site-header", "That request cannot be answered");

        HttpResponse<String> api = get("/api/facts?topic=%FF%FE");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
