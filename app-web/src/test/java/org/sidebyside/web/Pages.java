package org.sidebyside.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Fetches a page through MockMvc and parses it as a browser would (jsoup). */
public final class Pages {

    private Pages() {
    }

    public static Document page(MockMvc mvc, String url, int expectedStatus) throws Exception {
        // a URI, not a template: the caller's percent-encoding is kept as it is
        MvcResult result = mvc.perform(get(URI.create(url))).andReturn();
        if (result.getResponse().getStatus() != expectedStatus) {
            throw new AssertionError(url + " answered " + result.getResponse().getStatus() + ", expected " + expectedStatus);
        }
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url);
    }

    public static Document page(MockMvc mvc, String url) throws Exception {
        return page(mvc, url, 200);
    }
}
