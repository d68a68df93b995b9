package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.ServerIntegrationTest;
import org.sidebyside.web.Visitor;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input that only a real server produces (Tomcat decodes the parameters, MockMvc does
 * not): a clear 4xx in the site's layout, never a 500.
 */
@ServerIntegrationTest
class BadInputOverHttpIntegrationTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a browser asks for a page: HTML first. */
    private HttpResponse<String> browse(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
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

    @Test
    void aFileOverTheUploadLimitGetsTheUploadPageSayingWhatTheLimitIs() throws Exception {
        Visitor instructor = new Visitor();
        instructor.signIn(port, "admin", WebIntegrationTest.ADMIN_PASSWORD);
        var form = Jsoup.parse(instructor.get(port, "/admin/upload").body()).selectFirst("form[enctype=multipart/form-data]");
        String action = form.attr("action");
        String token = form.selectFirst("input[name=_csrf]").val();
        String boundary = "----sidebyside-test-boundary";
        byte[] big = "# padding\n".repeat(150_000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\napply\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.yml\"\r\n"
                + "Content-Type: text/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = instructor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        Document page = Jsoup.parse(r.body());
        assertThat(page.selectFirst("[role=alert]").text()).contains("larger than the limit of 1 MB", "nothing was changed");
        assertThat(page.select("input[type=file]")).hasSize(1);
    }

    @Test
    void addressesTheServerRefusesGetTheSitesOwnBadRequestPage() throws Exception {
        for (String path : new String[] {"/compare/a%2Fb", "/facts/..%2F..%2Fetc%2Fpasswd", "/sources/%2e%2e%2fadmin"}) {
            HttpResponse<String> r = browse(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("site-header");
        }
        // refused by Tomcat before the app sees it: a static copy of the page, no server name
        for (String path : new String[] {"/compare/%2e%2e/%2e%2e/etc", "/search?q=" + "x".repeat(10_000)}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("site-header", "That request cannot be answered")
                    .doesNotContain("Tomcat");
        }
    }
}
