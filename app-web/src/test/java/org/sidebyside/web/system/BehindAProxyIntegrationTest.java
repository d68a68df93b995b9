package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.ServerIntegrationTest;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app behind nginx or a load balancer on this machine: forwarded headers from a trusted
 * (loopback) proxy say the client used HTTPS, so cookies are Secure and HSTS is sent, and give
 * the client's own address, by which sign-ins are throttled. Pages and the OpenAPI document
 * name the configured public URL, whatever Host a client sends.
 */
@ServerIntegrationTest
class BehindAProxyIntegrationTest {

    @LocalServerPort
    int port;

    /** A raw HTTP/1.1 exchange, so that any Host header can be sent; the whole response as text. */
    private String exchange(String method, String path, String body, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean host = false;
            for (String h : headers) {
                request.append(h).append("\r\n");
                host |= h.toLowerCase(Locale.ROOT).startsWith("host:");
            }
            if (!host) {
                request.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String headers(String response) {
        return response.substring(0, response.indexOf("\r\n\r\n"));
    }

    @Test
    void pagesAndTheApiDocumentNameThePublicUrlNeverTheHostAClientSends() throws Exception {
        String page = exchange("GET", "/compare/payments", null, "Host: attacker.example");
        assertThat(page).startsWith("HTTP/1.1 200").contains("https://sidebyside.example.edu/compare/payments")
                .doesNotContain("attacker.example");
        String api = exchange("GET", "/api/openapi", null, "Host: attacker.example", "X-Forwarded-Host: other.example");
        assertThat(api).startsWith("HTTP/1.1 200").contains("\"url\":\"https://sidebyside.example.edu\"")
                .doesNotContain("attacker.example").doesNotContain("other.example");
    }

    @Test
    void overHttpsCookiesAreSecureAndHstsIsSent() throws Exception {
        String https = headers(exchange("GET", "/login", null, "X-Forwarded-Proto: https"));
        assertThat(https).containsIgnoringCase("Strict-Transport-Security: max-age=");
        assertThat(https).containsPattern("(?i)Set-Cookie: SESSION=[^\r\n]*; Secure");

        String plain = headers(exchange("GET", "/login", null));
        assertThat(plain).doesNotContainIgnoringCase("Strict-Transport-Security");
        assertThat(plain).containsIgnoringCase("Set-Cookie: SESSION=").doesNotContain("; Secure");
    }

    @Test
    void signInsAreThrottledByTheClientsAddressThatTheProxyForwards() throws Exception {
        String wrong = "username=admin&password=" + URLEncoder.encode("not-the-password", StandardCharsets.UTF_8);
        String right = "username=admin&password=" + URLEncoder.encode(WebIntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(wrong, "198.51.100.200")).contains("/login?error");
        }
        assertThat(signIn(right, "198.51.100.200")).as("the guessing client").contains("/login?error");
        assertThat(signIn(right, "198.51.100.201")).as("another client behind the same proxy").matches("(?s).*/admin\\b.*");
    }

    /** Signs in through the "proxy" for {@code client}, with a fresh session and its CSRF token; the Location. */
    private String signIn(String credentials, String client) throws Exception {
        String login = exchange("GET", "/login", null, "X-Forwarded-For: " + client);
        String cookie = login.replaceAll("(?s).*Set-Cookie: (SESSION=[^;]+);.*", "$1");
        String token = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String response = exchange("POST", "/login", credentials + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                "Cookie: " + cookie, "X-Forwarded-For: " + client);
        assertThat(response).startsWith("HTTP/1.1 302");
        return headers(response).replaceAll("(?s).*\r\nLocation: ([^\r\n]+).*", "$1");
    }
}
