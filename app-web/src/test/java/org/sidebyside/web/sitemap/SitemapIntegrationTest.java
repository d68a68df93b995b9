package org.sidebyside.web.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class SitemapIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSitemapListsEveryPublishedFactAndEveryTopicCompanyAndSourceUnderThePublicUrl() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/sitemap.xml")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/xml");
        Document xml = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
        var locations = xml.select("url > loc").eachText();
        long published = jdbc.queryForObject("select count(*) from fact where status = 'PUBLISHED'", Long.class);
        long topics = jdbc.queryForObject("select count(*) from topic", Long.class);
        long sources = jdbc.queryForObject("select count(*) from source", Long.class);
        long companies = jdbc.queryForObject("select count(*) from company", Long.class);
        assertThat(locations).hasSize((int) (11 + topics + companies + sources + published))
                .allMatch(l -> l.startsWith("http://localhost:8080/"))
                .contains("http://localhost:8080/compare/payments", "http://localhost:8080/companies/amazon",
                        "http://localhost:8080/disagreements")
                .doesNotHaveDuplicates();
    }

    @Test
    void robotsKeepOutOfTheAdminAndPointToTheSitemap() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
        assertThat(robots).contains("Disallow: /admin", "Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void theFaviconIsServed() throws Exception {
        assertThat(mvc.perform(get("/favicon.ico")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/favicon.svg")).andReturn().getResponse().getContentType()).startsWith("image/svg+xml");
    }
}
