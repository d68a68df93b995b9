package org.sidebyside.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.editorial.EditorialList;
import org.sidebyside.editorial.EditorialService;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What leads the home page is chosen by instructors, not written in code. */
@WebIntegrationTest
class AdminEditorialIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EditorialService editorial;

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("ina").roles("INSTRUCTOR")).with(csrf())).andReturn();
    }

    @Test
    void theHomePageLeadsWithTheComparisonsInstructorsChooseInTheirOrder() throws Exception {
        List<String> seeded = editorial.list(EditorialList.HOME_AT_A_GLANCE);
        assertThat(seeded).startsWith("founding-year").hasSize(7);
        assertThat(Pages.page(mvc, "/").select("[id^=pair-]").eachAttr("id"))
                .containsExactlyElementsOf(seeded.stream().map(k -> "pair-" + k).toList());

        Document form = Jsoup.parse(send(get("/admin/editorial")).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.selectFirst("textarea#list-home-at-a-glance").text()).startsWith("founding-year");

        MvcResult saved = send(post("/admin/editorial/home-at-a-glance").param("items", "payment-service-launch\nfounding-year"));
        try {
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/editorial");
            assertThat(Pages.page(mvc, "/").select("[id^=pair-]").eachAttr("id"))
                    .containsExactly("pair-payment-service-launch", "pair-founding-year");
        } finally {
            editorial.replace(EditorialList.HOME_AT_A_GLANCE, seeded);
        }
    }

    @Test
    void anItemThatNamesNothingIsRefusedNextToItsListWithWhatWasTypedKept() throws Exception {
        MvcResult refused = send(post("/admin/editorial/home-at-a-glance")
                .param("items", "founding-year\nno-such-comparison"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#list-home-at-a-glance-error").text()).contains("no-such-comparison");
        assertThat(page.selectFirst("textarea#list-home-at-a-glance").val()).isEqualTo("founding-year\nno-such-comparison");
        assertThat(editorial.list(EditorialList.HOME_AT_A_GLANCE)).hasSize(7);

        assertThat(send(post("/admin/editorial/no-such-list").param("items", "x")).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(post("/admin/editorial/home-at-a-glance").param("items", "founding-year\nfounding-year"))
                .getResponse().getStatus()).isEqualTo(422);
    }
}
