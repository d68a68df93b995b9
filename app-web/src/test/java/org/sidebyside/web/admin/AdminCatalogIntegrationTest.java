package org.sidebyside.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebIntegrationTest
class AdminCatalogIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** The app's other tests see the same database: leave no test source behind. */
    @org.junit.jupiter.api.AfterEach
    void removeTestRecords() {
        jdbc.update("delete from fact where fact_key = 'test-source-fact'");
        jdbc.update("delete from source where slug = 'test-source'");
        jdbc.update("delete from topic where slug = 'test-topic'");
    }

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("ina").roles("INSTRUCTOR")).with(csrf())).andReturn();
    }

    private static Document html(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aTopicsFactLabelIsAnEditorialChoiceInstructorsMakeOnItsForm() throws Exception {
        Document lessons = Pages.page(mvc, "/stories/lessons");
        assertThat(lessons.select("article.fact .fact-company").eachText()).isNotEmpty().containsOnly("Lesson for Amazon");

        long version = jdbc.queryForObject("select version from topic where slug = 'lessons'", Long.class);
        String name = jdbc.queryForObject("select name from topic where slug = 'lessons'", String.class);
        String description = jdbc.queryForObject("select description from topic where slug = 'lessons'", String.class);
        int position = jdbc.queryForObject("select position from topic where slug = 'lessons'", Integer.class);
        send(post("/admin/topics/lessons/edit").param("name", name).param("description", description)
                .param("factLabel", "What Amazon could learn").param("position", String.valueOf(position))
                .param("version", String.valueOf(version)));
        try {
            assertThat(Pages.page(mvc, "/compare/lessons").select("article.fact .fact-company").eachText())
                    .isNotEmpty().containsOnly("What Amazon could learn");
        } finally {
            send(post("/admin/topics/lessons/edit").param("name", name).param("description", description)
                    .param("factLabel", "Lesson for Amazon").param("position", String.valueOf(position))
                    .param("version", String.valueOf(version + 1)));
        }
        // a topic without a label shows each fact's company, or "Both companies"
        assertThat(Pages.page(mvc, "/compare/payments").select("article.fact .fact-company").eachText())
                .isNotEmpty().doesNotContain("Lesson for Amazon");
    }

    @Test
    void topicsAreCreatedEditedAndDeletedUnlessFactsUseThem() throws Exception {
        send(post("/admin/topics/new").param("slug", "test-topic").param("name", "Test topic")
                .param("description", "A topic for the test.").param("position", "99"));
        assertThat(jdbc.queryForObject("select name from topic where slug = 'test-topic'", String.class)).isEqualTo("Test topic");

        long version = jdbc.queryForObject("select version from topic where slug = 'test-topic'", Long.class);
        send(post("/admin/topics/test-topic/edit").param("name", "Renamed topic").param("description", "Still a test.")
                .param("position", "98").param("version", String.valueOf(version)));
        assertThat(jdbc.queryForObject("select name from topic where slug = 'test-topic'", String.class)).isEqualTo("Renamed topic");

        MvcResult stale = send(post("/admin/topics/test-topic/edit").param("name", "Mine").param("description", "Mine.")
                .param("position", "1").param("version", String.valueOf(version)));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        Document conflict = html(stale);
        assertThat(conflict.select("table tbody tr th").eachText()).containsExactly("name", "description", "position");
        assertThat(conflict.select("table tbody tr td").eachText())
                .containsExactly("Mine", "Renamed topic", "Mine.", "Still a test.", "1", "98");
        assertThat(conflict.selectFirst("form input[name=name]").val()).isEqualTo("Mine");

        Document invalid = html(send(post("/admin/topics/new").param("slug", "Not A Slug").param("name", "")
                .param("description", "x").param("position", "many")));
        assertThat(invalid.select(".field-error").eachAttr("id")).contains("slug-error", "name-error", "position-error");

        send(post("/admin/topics/payments/delete").param("version",
                String.valueOf(jdbc.queryForObject("select version from topic where slug = 'payments'", Long.class))));
        assertThat(jdbc.queryForObject("select count(*) from topic where slug = 'payments'", Long.class)).isEqualTo(1);

        send(post("/admin/topics/test-topic/delete").param("version",
                String.valueOf(jdbc.queryForObject("select version from topic where slug = 'test-topic'", Long.class))));
        assertThat(jdbc.queryForObject("select count(*) from topic where slug = 'test-topic'", Long.class)).isZero();
        assertThat(jdbc.queryForList("select action from revision where entity_key = 'test-topic' order by id", String.class))
                .containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void aNewSourceWithAFileNameAnotherSourceHasGetsAMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        String taken = jdbc.queryForObject("select file_name from source order by id limit 1", String.class);
        MvcResult r = send(post("/admin/sources/new").param("slug", "test-same-file").param("fileName", taken)
                .param("label", "Typed label").param("text", "Typed text of the article."));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        Document page = html(r);
        assertThat(page.selectFirst("#fileName-error").text()).isEqualTo("Another source already has this file name.");
        assertThat(page.selectFirst("input#label").val()).isEqualTo("Typed label");
        assertThat(jdbc.queryForObject("select count(*) from source where slug = 'test-same-file'", Long.class)).isZero();
    }

    @Test
    void aSourceEditThatMovesAQuoteShowsOnTheDashboard() throws Exception {
        send(post("/admin/sources/new").param("slug", "test-source").param("fileName", "test.txt")
                .param("label", "A test source").param("text", "Alibaba was founded in Hangzhou. Amazon in Seattle."));
        send(post("/admin/facts/new").param("key", "test-source-fact").param("company", "alibaba").param("topic", "history")
                .param("kind", "STATEMENT").param("statement", "Alibaba began in Hangzhou.")
                .param("citations[0].source", "test-source").param("citations[0].quote", "founded in Hangzhou"));
        assertThat(html(send(get("/admin"))).select("#broken-heading + p")).isNotEmpty();

        long version = jdbc.queryForObject("select version from source where slug = 'test-source'", Long.class);
        send(post("/admin/sources/test-source/edit").param("fileName", "test.txt").param("label", "A test source")
                .param("text", "Preface. Alibaba was founded in Hangzhou. Amazon in Seattle.").param("version", String.valueOf(version)));

        Document dashboard = html(send(get("/admin")));
        assertThat(dashboard.select("section[aria-labelledby=broken-heading] li a").eachText()).contains("test-source-fact");
        assertThat(send(get("/admin/sources/nope/edit")).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void companiesCanBeRenamedButNotLeftNameless() throws Exception {
        long version = jdbc.queryForObject("select version from company where slug = 'amazon'", Long.class);
        send(post("/admin/companies/amazon").param("name", "").param("position", "2").param("version", String.valueOf(version)));
        assertThat(jdbc.queryForObject("select name from company where slug = 'amazon'", String.class)).isEqualTo("Amazon");
        assertThat(html(send(get("/admin/companies"))).select("form.company-form")).hasSize(2);

        send(post("/admin/companies/new").param("slug", "tencent").param("name", "Tencent"));
        assertThat(jdbc.queryForObject("select count(*) from company", Long.class)).isEqualTo(2);
        send(post("/admin/companies/amazon/delete").param("version", String.valueOf(version)));
        assertThat(jdbc.queryForObject("select count(*) from company where slug = 'amazon'", Long.class)).isEqualTo(1);
    }

    @Test
    void theTopicAndSourceListsFilterByText() throws Exception {
        assertThat(html(send(get("/admin/topics?q=Payments"))).select("tbody tr")).hasSize(1);
        assertThat(html(send(get("/admin/sources?q=Belleghem"))).select("tbody tr")).hasSize(1);
    }
}
