package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MvcResult;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Follows every link a student can follow from the home page, and checks each page found:
 * it answers 200, no id appears twice, every in-page reference (a {@code #fragment} link,
 * {@code aria-describedby}, {@code aria-labelledby}, a label's {@code for}) names an element
 * that is there, and the page with everything it loads (style sheets, scripts, images, icons)
 * comes to at most 200 KB as sent, that is gzipped where the server compresses (text).
 */
@WebIntegrationTest
class EveryPageIntegrationTest {

    private static final long MAX_TRANSFER_BYTES = 200 * 1024;

    @Autowired
    MockMvc mvc;

    /** What each asset costs to send, fetched once. */
    private final Map<String, Long> assets = new HashMap<>();

    private MvcResult fetch(String path) throws Exception {
        // a URI, not a template: the page's own percent-encoding is kept as it is
        MvcResult result = mvc.perform(get(URI.create(path))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result;
    }

    /** Bytes as sent: gzipped for text, as it is otherwise (images are compressed already). */
    private static long sent(MvcResult result) throws IOException {
        byte[] body = result.getResponse().getContentAsByteArray();
        String type = String.valueOf(result.getResponse().getContentType());
        if (!(type.startsWith("text/") || type.contains("javascript") || type.contains("svg") || type.contains("json"))) {
            return body.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.size();
    }

    private long transfer(MvcResult result, Document page) throws Exception {
        long total = sent(result);
        Set<String> loaded = new HashSet<>();
        for (Element e : page.select("link[rel=stylesheet][href], link[rel~=icon][href], script[src], img[src]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (url.startsWith("/") && loaded.add(url)) {
                if (!assets.containsKey(url)) {
                    assets.put(url, sent(fetch(url)));
                }
                total += assets.get(url);
            }
        }
        return total;
    }

    private static boolean isStudentPage(String path) {
        return path.startsWith("/") && !path.startsWith("/admin") && !path.startsWith("/login")
                && !path.startsWith("/api") && !path.startsWith("/export") && !path.startsWith("/css")
                && !path.startsWith("/js") && !path.startsWith("/webjars") && !path.startsWith("/actuator")
                && !path.startsWith("/search");
    }

    @Test
    void everyPageAStudentCanReachHasUniqueIdsNoDanglingReferencesAndIsLight() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/search?q=alipay"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            MvcResult result = fetch(path);
            Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
            pages++;
            List<String> found = new ArrayList<>();
            long bytes = transfer(result, page);
            if (bytes > MAX_TRANSFER_BYTES) {
                found.add(bytes + " bytes to send, over " + MAX_TRANSFER_BYTES);
            }
            Set<String> ids = new HashSet<>();
            for (Element e : page.select("[id]")) {
                if (!ids.add(e.id())) {
                    found.add("duplicate id " + e.id());
                }
            }
            for (Element e : page.select("[aria-describedby], [aria-labelledby], label[for]")) {
                for (String attribute : List.of("aria-describedby", "aria-labelledby", "for")) {
                    for (String ref : e.attr(attribute).split("\\s+")) {
                        if (!ref.isEmpty() && !ids.contains(ref)) {
                            found.add(attribute + "=" + ref + " names no element");
                        }
                    }
                }
            }
            for (Element a : page.select("a[href^=#]")) {
                String target = a.attr("href").substring(1);
                if (!target.isEmpty() && !ids.contains(target)) {
                    found.add("link to #" + target + " names no element");
                }
            }
            if (!found.isEmpty()) {
                problems.put(path, found.stream().distinct().limit(5).toList());
            }
            for (Element a : page.select("a[href]")) {
                String href = a.attr("href");
                int hash = href.indexOf('#');
                String link = hash >= 0 ? href.substring(0, hash) : href;
                if (!link.isEmpty() && isStudentPage(link) && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        assertThat(pages).as("pages reached").isGreaterThan(232);
        assertThat(problems).isEmpty();
    }
}
