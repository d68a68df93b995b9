package org.sidebyside.web.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class CompanyPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogService catalog;

    @Test
    void showsEverythingAboutOneCompanyGroupedByTopic() throws Exception {
        Document page = Pages.page(mvc, "/companies/amazon");

        long stored = jdbc.queryForObject("""
                select count(*) from fact f left join company c on c.id = f.company_id
                where (c.slug = 'amazon' or (f.company_id is null and f.market is null)) and f.status = 'PUBLISHED'""", Long.class);
        assertThat(page.select("article.fact")).hasSize((int) stored);
        assertThat(page.select("article.fact.company-alibaba")).isEmpty();
        assertThat(page.select("section#topic-payments h2").text()).isEqualTo("Payments");
        assertThat(page.selectFirst("nav.site-nav a[aria-current=page]").text()).isEqualTo("Amazon");
    }

    @Test
    void theHeaderNamesTheCompaniesAsInstructorsNameThem() throws Exception {
        long version = jdbc.queryForObject("select version from company where slug = 'amazon'", Long.class);
        catalog.updateCompany("amazon", "Amazon.com, Inc.", 2, version);
        try {
            Document page = Pages.page(mvc, "/sources");
            assertThat(page.select("header .brand").text()).isEqualTo("Alibaba vs Amazon.com, Inc.");
            assertThat(page.select("nav.site-nav a[href=/companies/amazon]").text()).isEqualTo("Amazon.com, Inc.");
        } finally {
            catalog.updateCompany("amazon", "Amazon", 2, version + 1);
        }
        assertThat(Pages.page(mvc, "/sources").select("header .brand").text()).isEqualTo("Alibaba vs Amazon");
    }

    @Test
    void anUnknownCompanyIsNotFound() throws Exception {
        Pages.page(mvc, "/companies/tencent", 404);
    }
}
