package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.FactStatus;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebIntegrationTest
class HttpCachingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FactService facts;

    private MvcResult fetch(String url, String etag) throws Exception {
        return etag == null ? mvc.perform(get(url)).andReturn()
                : mvc.perform(get(url).header("If-None-Match", etag)).andReturn();
    }

    private static FactContent localServices(String statement) {
        return new FactContent("amazon", "online-to-offline", FactKind.EVENT, statement, null, null, null,
                PartialDate.parse("2015"), null, null, List.of(new CitationContent("eight-lessons", "Amazon also launched its Local Services in 2015.")));
    }

    @Test
    void aPageAnswers304UntilSomethingIsPublishedThen200WithTheNewContent() throws Exception {
        String url = "/compare/online-to-offline";
        MvcResult first = fetch(url, null);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(etag).startsWith("W/\"");
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");

        MvcResult revalidated = fetch(url, etag);
        assertThat(revalidated.getResponse().getStatus()).isEqualTo(304);
        assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();

        // a draft is nothing students see: the validator still holds
        facts.create("test-cache-local-services", localServices("Amazon opened Local Services to shoppers in 2015."),
                FactStatus.DRAFT);
        assertThat(fetch(url, etag).getResponse().getStatus()).isEqualTo(304);

        facts.publish("test-cache-local-services");
        MvcResult changed = fetch(url, etag);
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Amazon opened Local Services to shoppers in 2015.");
        String newEtag = changed.getResponse().getHeader("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        assertThat(fetch(url, newEtag).getResponse().getStatus()).isEqualTo(304);

        facts.unpublish("test-cache-local-services");
        MvcResult withdrawn = fetch(url, newEtag);
        assertThat(withdrawn.getResponse().getStatus()).isEqualTo(200);
        assertThat(withdrawn.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Amazon opened Local Services to shoppers in 2015.");
    }

    @Test
    void theApiAndTheExportsCarryTheSameValidatorAsThePages() throws Exception {
        String page = fetch("/", null).getResponse().getHeader("ETag");
        for (String url : List.of("/api/facts", "/api/companies", "/export/facts.csv", "/search?q=alipay")) {
            MvcResult r = fetch(url, null);
            assertThat(r.getResponse().getHeader("ETag")).as(url).isEqualTo(page);
            assertThat(fetch(url, page).getResponse().getStatus()).as(url).isEqualTo(304);
        }
    }

    @Test
    void aCachedPageIsServedCompressedOnceAndPlainToClientsWithoutGzip() throws Exception {
        byte[] plain = fetch("/compare", null).getResponse().getContentAsByteArray();
        MvcResult gzipped = mvc.perform(get("/compare").header("Accept-Encoding", "gzip, deflate")).andReturn();
        assertThat(gzipped.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getResponse().getHeader("Vary")).isEqualTo("Accept-Encoding");
        byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.getResponse().getContentAsByteArray()))
                .readAllBytes();
        assertThat(unpacked).isEqualTo(plain);
        assertThat(fetch("/compare", null).getResponse().getContentAsByteArray()).isEqualTo(plain);
    }

    @Test
    void signedInPagesStayPrivateAndUncached() throws Exception {
        MvcResult r = mvc.perform(get("/compare").with(user("ina").roles("INSTRUCTOR"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("ETag")).isNull();
        assertThat(r.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void errorPagesAndAdminPagesAreNotCachedAsPages() throws Exception {
        MvcResult missing = fetch("/facts/no-such-fact", null);
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        MvcResult login = fetch("/login", null);
        assertThat(login.getResponse().getHeader("ETag")).isNull();
        assertThat(login.getResponse().getHeader("Cache-Control")).contains("no-store");
    }
}
