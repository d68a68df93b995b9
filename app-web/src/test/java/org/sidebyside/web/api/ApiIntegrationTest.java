package org.sidebyside.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class ApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsCompaniesTopicsAndSources() throws Exception {
        mvc.perform(get("/api/companies")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug").value(org.hamcrest.Matchers.contains("alibaba", "amazon")));
        mvc.perform(get("/api/topics")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(17)))
                .andExpect(jsonPath("$[0].slug").value("history"))
                .andExpect(jsonPath("$[0].description").isString());
        mvc.perform(get("/api/sources")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[?(@.slug == 'cx-twins-2021')].published").value(org.hamcrest.Matchers.contains("2021-11-08")))
                .andExpect(jsonPath("$[0].text").doesNotExist());
        mvc.perform(get("/api/sources/eight-lessons")).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.containsString("Lessons Amazon Could Learn From")));
    }

    @Test
    void filtersFactsByCompanyTopicSourceAndKind() throws Exception {
        int amazonFigures = jdbc.queryForObject("""
                select count(*) from fact f join company c on c.id = f.company_id
                where c.slug = 'amazon' and f.kind = 'FIGURE' and f.status = 'PUBLISHED'""", Integer.class);
        mvc.perform(get("/api/facts?company=amazon&kind=figure")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(amazonFigures)))
                .andExpect(jsonPath("$[*].company", everyItem(is("amazon"))))
                .andExpect(jsonPath("$[*].kind", everyItem(is("figure"))));
        mvc.perform(get("/api/facts?topic=lessons&company=both")).andExpect(jsonPath("$", hasSize(8)));
        mvc.perform(get("/api/facts?source=adage-amazon-tmall")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].citations[*].source", org.hamcrest.Matchers.hasItem("adage-amazon-tmall")));
        mvc.perform(get("/api/facts/tmall-china-b2c-share-2014")).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(61.4))
                .andExpect(jsonPath("$.unit").value("percent"))
                .andExpect(jsonPath("$.asOf").value("2014"))
                .andExpect(jsonPath("$.citations[0].quote").isString())
                .andExpect(jsonPath("$.citations[0].start").isNumber());
    }

    @Test
    void refusesUnknownFiltersAndKeysWithProblemDetails() throws Exception {
        mvc.perform(get("/api/facts?kind=rumour")).andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/facts?company=tencent")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/facts/nope")).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/sources/nope")).andExpect(status().isNotFound());
    }

    @Test
    void isCacheableWithRevalidationAndAnswersAConditionalRequestWith304() throws Exception {
        // kept by clients and proxies, but asked again each time: no one keeps a stale fact base
        var first = mvc.perform(get("/api/facts")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/facts").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        mvc.perform(get("/api/facts").header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")).andExpect(status().isOk());
    }

    @Test
    void servesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/facts'].get.parameters[*].name",
                        org.hamcrest.Matchers.containsInAnyOrder("company", "topic", "source", "kind")))
                .andExpect(jsonPath("$.paths['/api/facts/{key}']").exists())
                .andExpect(jsonPath("$.paths['/api/companies']").exists())
                .andExpect(jsonPath("$.paths['/api/topics']").exists())
                .andExpect(jsonPath("$.paths['/api/sources']").exists())
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[*].name",
                        org.hamcrest.Matchers.containsInAnyOrder("q", "page")))
                .andExpect(jsonPath("$.info.title").value("Alibaba vs Amazon, side by side"))
                .andExpect(jsonPath("$.info.description").value(org.hamcrest.Matchers.containsString("verbatim quotes")))
                .andExpect(jsonPath("$.paths['/api/facts/{key}'].get.responses['404'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/facts'].get.responses['400'].content['application/problem+json']").exists());
    }

    @Test
    void searchesWithAQuestionAndRanksTheFactsAsJson() throws Exception {
        mvc.perform(get(java.net.URI.create("/api/search?q=When%20was%20Alibaba%20founded%3F"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("When was Alibaba founded?"))
                .andExpect(jsonPath("$.corrected").value(false))
                .andExpect(jsonPath("$.facts[0].key").value("alibaba-founded-hangzhou-1999"))
                .andExpect(jsonPath("$.facts[0].company").value("alibaba"))
                .andExpect(jsonPath("$.facts[0].topic").isString())
                .andExpect(jsonPath("$.facts[0].statement").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("\u0001"))))
                .andExpect(jsonPath("$.facts[0].score").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThan(0.5), org.hamcrest.Matchers.lessThanOrEqualTo(1.0))))
                .andExpect(jsonPath("$.facts[0].citations[0].quote").isString())
                .andExpect(jsonPath("$.facts", hasSize(20)));
        // the query in the address, as a browser sends it (published pages are cached by address)
        mvc.perform(get("/api/search?q=alipy")).andExpect(jsonPath("$.corrected").value(true))
                .andExpect(jsonPath("$.searched").value("alipay"));
        mvc.perform(get("/api/search?q=")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/search?q=alipay&page=0")).andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"));
        mvc.perform(get("/api/search?q=alipay&page=two")).andExpect(status().isBadRequest());
    }
}
