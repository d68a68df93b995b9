package org.sidebyside.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebIntegrationTest
class AdminFactsIntegrationTest {

    private static final String QUOTE = "Amazon also launched its Local Services in 2015.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static RequestPostProcessor ina() {
        return user("ina").roles("INSTRUCTOR");
    }

    private MvcResult send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(ina()).with(csrf())).andReturn();
    }

    private static Document html(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder factForm(String url, String key, String statement, String quote) {
        return post(url).param("key", key).param("company", "amazon").param("topic", "online-to-offline")
                .param("kind", "EVENT").param("statement", statement).param("asOf", "2015")
                .param("citations[0].source", "eight-lessons").param("citations[0].quote", quote);
    }

    private long version(String key) {
        return jdbc.queryForObject("select version from fact where fact_key = ?", Long.class, key);
    }

    @Test
    void aNulCharacterOrAnAbsurdListIndexIsABadRequestNotAServerError() throws Exception {
        MvcResult nul = send(factForm("/admin/facts/new", "test-nul", "A statement with a NUL \u0000 in it.", QUOTE));
        assertThat(nul.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(nul).selectFirst("h1").text()).isEqualTo("That request cannot be answered");
        assertThat(send(get("/admin/facts").param("q", "a\u0000b")).getResponse().getStatus()).isEqualTo(400);
        assertThat(send(get("/admin/audit").param("user", "a\u0000b")).getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/facts").param("topic", "\u0000")).andReturn().getResponse().getStatus()).isEqualTo(400);

        MvcResult index = send(factForm("/admin/facts/new", "test-index", "Amazon started Local Services in 2015.", QUOTE)
                .param("citations[99999].source", "eight-lessons"));
        assertThat(index.getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from fact where fact_key in ('test-nul', 'test-index')", Integer.class))
                .isZero();
    }

    @Test
    void theAdminPageOfEverySeedFactOpensFiguresIncluded() throws Exception {
        List<String> keys = jdbc.queryForList("select fact_key from fact where fact_key not like 'test-%'", String.class);
        assertThat(jdbc.queryForObject("select count(*) from fact where value is not null and fact_key not like 'test-%'",
                Integer.class)).isPositive();
        for (String key : keys) {
            MvcResult page = send(get("/admin/facts/" + key));
            assertThat(page.getResponse().getStatus()).as(key).isEqualTo(200);
            assertThat(html(page).selectFirst(".key").text()).as(key).isEqualTo(key);
        }
    }

    @Test
    void aNewFactStartsAsADraftAndStudentsSeeItOnlyOncePublished() throws Exception {
        MvcResult created = send(factForm("/admin/facts/new", "test-draft-local-services", "Amazon started Local Services in 2015.", QUOTE));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/facts/test-draft-local-services");
        assertThat(jdbc.queryForObject("select status from fact where fact_key = 'test-draft-local-services'", String.class))
                .isEqualTo("DRAFT");
        assertThat(mvc.perform(get("/facts/test-draft-local-services")).andReturn().getResponse().getStatus()).isEqualTo(404);

        Document preview = html(send(get("/admin/facts/test-draft-local-services/preview")));
        assertThat(preview.selectFirst(".preview-banner").text()).contains("not yet visible to students");
        assertThat(preview.selectFirst("main article.fact .fact-statement span").text()).isEqualTo("Amazon started Local Services in 2015.");

        send(post("/admin/facts/test-draft-local-services/publish"));
        assertThat(mvc.perform(get("/facts/test-draft-local-services")).andReturn().getResponse().getStatus()).isEqualTo(200);
        send(post("/admin/facts/test-draft-local-services/unpublish"));
        assertThat(mvc.perform(get("/facts/test-draft-local-services")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aQuoteNotInTheChosenSourceIsRefusedNextToItsFieldAndTheInputIsKept() throws Exception {
        MvcResult r = send(factForm("/admin/facts/new", "test-bad-quote", "A statement typed by hand.",
                "Amazon launched Local Services in 1999."));

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        Document page = html(r);
        assertThat(page.selectFirst("#citations0\\.quote-error").text()).contains("not found in the text");
        assertThat(page.selectFirst("textarea#statement").text()).isEqualTo("A statement typed by hand.");
        assertThat(page.selectFirst("textarea#citations0\\.quote").text()).isEqualTo("Amazon launched Local Services in 1999.");
        assertThat(jdbc.queryForObject("select count(*) from fact where fact_key = 'test-bad-quote'", Long.class)).isZero();
    }

    @Test
    void eachFieldIsValidatedWithAMessageNextToIt() throws Exception {
        Document page = html(send(post("/admin/facts/new").param("key", "test-invalid").param("company", "amazon")
                .param("topic", "").param("kind", "FIGURE").param("statement", "x".repeat(501))
                .param("value", "lots").param("unit", "").param("asOf", "2016-13")
                .param("citations[0].source", "eight-lessons").param("citations[0].quote", QUOTE)));

        assertThat(page.select(".field-error").eachAttr("id")).contains("topic-error", "statement-error", "value-error", "asOf-error");
        assertThat(page.selectFirst("#value-error").text()).contains("plain number");
        assertThat(page.selectFirst("#asOf-error").text()).contains("YYYY");

        Document unit = html(send(factForm("/admin/facts/new", "test-unit", "Fifty cities.", QUOTE).param("value", "50")));
        assertThat(unit.selectFirst("#unit-error").text()).isEqualTo("a value needs its unit");
        assertThat(unit.selectFirst("#measure-error").text())
                .isEqualTo("a value needs what it measures, so that it never stands alone as a bare number");
        assertThat(unit.selectFirst("input#measure").attr("aria-describedby")).contains("measure-error");
    }

    @Test
    void htmlAndScriptInFieldsAreStoredAsTextAndShownEscaped() throws Exception {
        send(factForm("/admin/facts/new", "test-html", "<script>alert(1)</script><b>bold</b>", QUOTE));
        String body = send(get("/admin/facts/test-html")).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aSecondEditorGetsA409WithBothVersionsAndLosesNothing() throws Exception {
        send(factForm("/admin/facts/new", "test-conflict", "The original statement.", QUOTE));
        long read = version("test-conflict");
        send(factForm("/admin/facts/test-conflict/edit", "test-conflict", "First editor's statement.", QUOTE)
                .param("version", String.valueOf(read)));

        MvcResult second = send(factForm("/admin/facts/test-conflict/edit", "test-conflict", "Second editor's statement.", QUOTE)
                .param("version", String.valueOf(read)));

        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        Document page = html(second);
        assertThat(page.select("table tbody tr th").eachText()).containsExactly("statement");
        assertThat(page.select("table tbody tr td").eachText())
                .containsExactly("Second editor's statement.", "First editor's statement.");
        assertThat(page.selectFirst("form input[name=statement]").val()).isEqualTo("Second editor's statement.");
        assertThat(page.selectFirst("form input[name=version]").val()).isEqualTo(String.valueOf(version("test-conflict")));
        assertThat(jdbc.queryForObject("select statement from fact where fact_key = 'test-conflict'", String.class))
                .isEqualTo("First editor's statement.");
    }

    @Test
    void historyShowsAFieldLevelDiffAndRevertsToAChosenVersion() throws Exception {
        send(factForm("/admin/facts/new", "test-history", "Version one of the statement.", QUOTE));
        send(factForm("/admin/facts/test-history/edit", "test-history", "Version two of the statement.", QUOTE)
                .param("version", String.valueOf(version("test-history"))));
        List<Long> revisions = jdbc.queryForList(
                "select id from revision where entity_key = 'test-history' order by id", Long.class);
        assertThat(revisions).hasSize(2);
        assertThat(jdbc.queryForObject("select changed_by from revision where id = ?", String.class, revisions.get(1))).isEqualTo("ina");

        Document history = html(send(get("/admin/facts/test-history/history")));
        assertThat(history.select("tbody tr")).hasSize(2);
        Document diff = html(send(get("/admin/facts/test-history/diff?from=" + revisions.get(0) + "&to=" + revisions.get(1))));
        assertThat(diff.select("tr.changed th span:first-child").eachText()).containsExactly("statement");
        assertThat(diff.select("tr.changed td").eachText()).containsExactly("Version one of the statement.", "Version two of the statement.");

        send(post("/admin/facts/test-history/revert").param("revision", String.valueOf(revisions.get(0)))
                .param("version", String.valueOf(version("test-history"))));
        assertThat(jdbc.queryForObject("select statement from fact where fact_key = 'test-history'", String.class))
                .isEqualTo("Version one of the statement.");
        assertThat(jdbc.queryForObject("select action from revision where entity_key = 'test-history' order by id desc limit 1", String.class))
                .isEqualTo("REVERT");
    }

    @Test
    void deletingAsksFirstAndUnknownKeysAreNotFound() throws Exception {
        send(factForm("/admin/facts/new", "test-delete", "To be deleted.", QUOTE));
        assertThat(html(send(get("/admin/facts/test-delete/delete"))).selectFirst("h1").text()).isEqualTo("Delete this fact?");
        send(post("/admin/facts/test-delete/delete").param("version", String.valueOf(version("test-delete"))));
        assertThat(jdbc.queryForObject("select count(*) from fact where fact_key = 'test-delete'", Long.class)).isZero();
        assertThat(send(get("/admin/facts/no-such-fact/edit")).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(post("/admin/facts/no-such-fact/publish")).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(get("/admin/facts/test-delete/diff?from=abc&to=1")).getResponse().getStatus()).isEqualTo(400);
    }

    private static MockMultipartFile upload(String yaml) {
        return new MockMultipartFile("file", "upload.yml", "text/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String GOOD_UPLOAD = """
            facts:
              - key: test-upload-local-services
                company: amazon
                topic: online-to-offline
                kind: event
                statement: Amazon launched Local Services in 2015.
                as-of: "2015"
                citations:
                  - source: eight-lessons
                    quote: "Amazon also launched its Local Services in 2015."
            """;

    @Test
    void aBulkUploadPreviewsThenAppliesInOneTransaction() throws Exception {
        Document preview = html(send(multipart("/admin/upload").file(upload(GOOD_UPLOAD)).param("mode", "preview")));
        assertThat(preview.selectFirst(".report .flash").text()).contains("Applying it would");
        assertThat(preview.select(".report .stats li strong").first().text()).isEqualTo("1");
        assertThat(jdbc.queryForObject("select count(*) from fact where fact_key = 'test-upload-local-services'", Long.class)).isZero();

        send(multipart("/admin/upload").file(upload(GOOD_UPLOAD)).param("mode", "apply"));
        assertThat(jdbc.queryForObject("select status from fact where fact_key = 'test-upload-local-services'", String.class))
                .isEqualTo("DRAFT");
    }

    @Test
    void aBrokenUploadListsItsProblemsByLineAndChangesNothing() throws Exception {
        String broken = GOOD_UPLOAD.replace("test-upload-local-services", "test-upload-broken")
                + GOOD_UPLOAD.replace("facts:\n", "").replace("test-upload-local-services", "test-upload-other")
                        .replace("topic: online-to-offline", "topic: gaming");
        MvcResult r = send(multipart("/admin/upload").file(upload(broken)).param("mode", "apply"));

        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        Document page = html(r);
        assertThat(page.select(".report tbody tr")).extracting(tr -> tr.select("td").eachText())
                .anySatisfy(cells -> {
                    assertThat(cells.get(0)).isEqualTo("13");
                    assertThat(cells.get(1)).contains("unknown topic \"gaming\"");
                });
        assertThat(jdbc.queryForObject("select count(*) from fact where fact_key like 'test-upload-broken%' or fact_key = 'test-upload-other'", Long.class)).isZero();

        MvcResult notYaml = send(multipart("/admin/upload").file(upload("facts: [unclosed")).param("mode", "preview"));
        assertThat(notYaml.getResponse().getStatus()).isEqualTo(422);
        MvcResult empty = send(multipart("/admin/upload").param("mode", "preview"));
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theDashboardAndTheAuditLogShowRecentChangesByCurator() throws Exception {
        send(factForm("/admin/facts/new", "test-audit", "For the audit log.", QUOTE));
        Document dashboard = html(send(get("/admin")));
        assertThat(dashboard.select("ul.stats strong").first().text())
                .isEqualTo(String.valueOf(jdbc.queryForObject("select count(*) from fact where status = 'PUBLISHED'", Long.class)));
        assertThat(dashboard.text()).contains("test-audit");
        Document audit = html(send(get("/admin/audit?user=ina")));
        assertThat(audit.select("tbody tr td:nth-child(2)").eachText()).isNotEmpty().containsOnly("ina");
        assertThat(send(get("/admin/audit?from=yesterday")).getResponse().getStatus()).isEqualTo(400);
    }
}
