package org.sidebyside.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * One person's browser over real HTTP, without JavaScript: its own cookies, sent to whichever
 * instance (port on 127.0.0.1) it talks to, as behind a load balancer; redirects not followed.
 */
public final class Visitor {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** The port an app started in a test listens on. */
    public static int port(ApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    public HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(port, path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code fields} as a form would, exactly as given (include {@code _csrf} yourself). */
    public HttpResponse<String> post(int port, String action, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(url(port, action)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens {@code formPage}, takes its CSRF token, and posts {@code fields} with it to {@code action}. */
    public HttpResponse<String> submit(int port, String formPage, String action, Map<String, String> fields)
            throws Exception {
        Element token = Jsoup.parse(get(port, formPage).body()).selectFirst("input[name=_csrf]");
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (token != null) {
            all.put("_csrf", token.val());
        }
        return post(port, action, all);
    }

    /** Sends any request with this browser's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public void signIn(int port, String username, String password) throws Exception {
        HttpResponse<String> r = submit(port, "/login", "/login", Map.of("username", username, "password", password));
        assertThat(r.headers().firstValue("Location")).as("signed in as " + username)
                .hasValueSatisfying(location -> assertThat(location).matches(".*/admin(\\?.*)?"));
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
