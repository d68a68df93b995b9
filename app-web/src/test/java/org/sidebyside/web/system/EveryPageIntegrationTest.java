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
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Follows every link a student can follow from the home page, and checks each page found:
 * it answers 200, no id appears twice, and every in-page reference (a {@code #fragment}
 * link, {@code aria-describedby}, {@code aria-labelledby}, a label's {@code for}) names an
 * element that is there.
 */
@WebIntegrationTest
class EveryPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    private static boolean isStudentPage(String path) {
        return path.startsWith("/") && !path.startsWith("/admin") && !path.startsWith("/login")
                && !path.startsWith("/api") && !path.startsWith("/export") && !path.startsWith("/css")
                && !path.startsWith("/js") && !path.startsWith("/webjars") && !path.startsWith("/actuator")
                && !path.startsWith("/search");
    }

    @Test
    void everyPageAStudentCanReachHasUniqueIdsAndNoDanglingReferences() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/search?q=alipay"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Document page = Pages.page(mvc, path);
            pages++;
            List<String> found = new ArrayList<>();
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
