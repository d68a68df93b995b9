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
import org.sidebyside.disagreement.DisagreementService;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Instructors curate the disagreements like facts: forms, a conflict page, retire and restore, history. */
@WebIntegrationTest
class AdminDisagreementsIntegrationTest {

    private static final String SIDES = "Alipay grew without credit cards | china-credit-cards-uncommon\n"
            + "Amazon grew with them | amazon-pay-users-nearly-doubled-2016";

    @Autowired
    MockMvc mvc;
    @Autowired
    DisagreementService disagreements;

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("ina").roles("INSTRUCTOR")).with(csrf())).andReturn();
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder form(String action, String subject, String sides, long version) {
        return post(action).param("key", "test-credit-cards").param("subject", subject).param("topic", "payments")
                .param("kind", "measure").param("summary", "The two grew on different payment habits.")
                .param("sides", sides).param("version", String.valueOf(version));
    }

    @Test
    void anInstructorAddsEditsRetiresAndRestoresADisagreementAndStudentsSeeEachStep() throws Exception {
        try {
            MvcResult invalid = send(form("/admin/disagreements/new", "Credit cards", "Only one side | china-credit-cards-uncommon", 0));
            assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
            Document kept = html(invalid);
            assertThat(kept.select("#sides-error").text()).contains("at least two sides");
            assertThat(kept.select("#sides").text()).isEqualTo("Only one side | china-credit-cards-uncommon");
            assertThat(kept.select("#subject").val()).isEqualTo("Credit cards");

            assertThat(send(form("/admin/disagreements/new", "Credit cards", SIDES, 0)).getResponse().getRedirectedUrl())
                    .isEqualTo("/admin/disagreements");
            assertThat(Pages.page(mvc, "/disagreements").select("#d-test-credit-cards h3").text()).isEqualTo("Credit cards");
            assertThat(Pages.page(mvc, "/facts/china-credit-cards-uncommon").select(".fact-disputed a").eachAttr("href"))
                    .contains("/disagreements#d-test-credit-cards");

            long version = disagreements.state("test-credit-cards").orElseThrow().version();
            send(form("/admin/disagreements/test-credit-cards/edit", "Credit cards and payment habits", SIDES, version));
            MvcResult stale = send(form("/admin/disagreements/test-credit-cards/edit", "A stale edit", SIDES, version));
            assertThat(stale.getResponse().getStatus()).isEqualTo(409);
            assertThat(html(stale).text()).contains("Credit cards and payment habits", "A stale edit");

            send(post("/admin/disagreements/test-credit-cards/retire")
                    .param("version", String.valueOf(disagreements.state("test-credit-cards").orElseThrow().version())));
            assertThat(Pages.page(mvc, "/disagreements").select("#d-test-credit-cards")).isEmpty();
            assertThat(Pages.page(mvc, "/facts/china-credit-cards-uncommon").select(".fact-disputed a").eachAttr("href"))
                    .doesNotContain("/disagreements#d-test-credit-cards");
            send(post("/admin/disagreements/test-credit-cards/restore")
                    .param("version", String.valueOf(disagreements.state("test-credit-cards").orElseThrow().version())));
            assertThat(Pages.page(mvc, "/disagreements").select("#d-test-credit-cards")).hasSize(1);

            Document history = html(send(get("/admin/disagreements/test-credit-cards/history")));
            assertThat(history.select("tbody tr td:nth-child(3) > span").eachText())
                    .containsExactly("restored", "retired", "updated: subject", "created: Credit cards");
            assertThat(history.select("tbody tr:nth-child(3) details dd").first().text()).isEqualTo("Credit cards and payment habits");
            assertThat(html(send(get("/admin/disagreements"))).select("td a[href=/admin/disagreements/test-credit-cards/edit]").text())
                    .isEqualTo("Credit cards and payment habits");
        } finally {
            disagreements.state("test-credit-cards").ifPresent(s -> disagreements.retire("test-credit-cards", s.version()));
        }
    }

    @Test
    void anUnknownDisagreementIsNotFoundAndStudentsCannotReachTheAdmin() throws Exception {
        assertThat(send(get("/admin/disagreements/no-such-thing/edit")).getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/disagreements")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
