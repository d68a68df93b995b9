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
import org.sidebyside.catalog.CatalogService;
import org.sidebyside.editorial.Story;
import org.sidebyside.editorial.StoryContent;
import org.sidebyside.editorial.StoryService;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The stories are data: instructors change, add and remove them, and the pages follow. */
@WebIntegrationTest
class AdminStoriesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StoryService stories;
    @Autowired
    CatalogService catalog;

    private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("ina").roles("INSTRUCTOR")).with(csrf())).andReturn();
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder edit(Story s, String title, String sections, long version) {
        StoryContent c = s.content();
        return post("/admin/stories/" + s.getSlug() + "/edit").param("title", title).param("lead", c.lead())
                .param("topic", c.topic()).param("sections", sections).param("version", String.valueOf(version));
    }

    @Test
    void eachLessonLeadsToTheTopicItsSectionNames() throws Exception {
        Document lessons = Pages.page(mvc, "/stories/lessons");
        assertThat(lessons.select("ol.lessons .more a").eachAttr("href")).containsExactlyElementsOf(
                stories.get("lessons").getSections().stream().map(s -> "/compare/" + s.getItem()).toList());
    }

    @Test
    void anInstructorRetitlesAStoryAndRenamesAPillarAndThePagesFollow() throws Exception {
        Story before = stories.get("customer-experience");
        String sections = "oycr-digital-convenience | Convenience, digitally\noycr-partner-in-life | Partner in life";
        try {
            MvcResult saved = send(edit(before, "Customer experience, retold", sections, before.getVersion()));
            assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/stories");

            Document page = Pages.page(mvc, "/stories/customer-experience");
            assertThat(page.selectFirst("h1").text()).isEqualTo("Customer experience, retold");
            assertThat(page.select("#pillars-heading ~ h3").eachText()).containsExactly("Convenience, digitally", "Partner in life");
            assertThat(Pages.page(mvc, "/stories").select(".story-list a").eachText()).contains("Customer experience, retold");
        } finally {
            Story now = stories.get("customer-experience");
            stories.update(now.getSlug(), before.content(), now.getVersion());
        }
    }

    @Test
    void aSectionThatNamesNothingIsRefusedWithWhatWasTypedKept() throws Exception {
        Story lessons = stories.get("lessons");
        MvcResult refused = send(edit(lessons, "Eight lessons", "payments\nno-such-topic", lessons.getVersion()));

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        Document form = html(refused);
        assertThat(form.selectFirst("#sections-error").text()).contains("\"no-such-topic\" is not a topic");
        assertThat(form.selectFirst("textarea#sections").val()).isEqualTo("payments\nno-such-topic");
        assertThat(form.selectFirst("input#title").val()).isEqualTo("Eight lessons");
        assertThat(stories.get("lessons").getTitle()).isEqualTo(lessons.getTitle());

        MvcResult untitled = send(edit(lessons, " ", "payments", lessons.getVersion()));
        assertThat(untitled.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(untitled).selectFirst("#title-error").text()).isEqualTo("Give the story a title.");
    }

    @Test
    void aNewStoryGetsItsOwnPageAndItsTopicCannotBeDeletedUnderIt() throws Exception {
        catalog.createTopic("pricing-story-topic", "Pricing", "How each prices", null, 99);
        try {
            MvcResult created = send(post("/admin/stories/new").param("slug", "pricing").param("layout", "by-company")
                    .param("title", "How they price").param("lead", "A story of prices.")
                    .param("topic", "pricing-story-topic").param("sections", "amazon | Amazon's prices"));
            assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/stories");

            Document page = Pages.page(mvc, "/stories/pricing");
            assertThat(page.selectFirst("h1").text()).isEqualTo("How they price");
            assertThat(page.select(".story-part h2").eachText()).containsExactly("Alibaba", "Amazon's prices");

            long topicVersion = catalog.topic("pricing-story-topic").orElseThrow().getVersion();
            assertThat(catalog.topic("pricing-story-topic")).isPresent();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.deleteTopic("pricing-story-topic", topicVersion))
                    .isInstanceOf(CatalogService.InUseException.class);

            MvcResult taken = send(post("/admin/stories/new").param("slug", "pricing").param("layout", "numbered")
                    .param("title", "Again").param("lead", "Again.").param("topic", "pricing-story-topic"));
            assertThat(taken.getResponse().getStatus()).isEqualTo(422);
            assertThat(html(taken).selectFirst("#slug-error").text()).contains("another story has the address pricing");
        } finally {
            stories.find("pricing").ifPresent(s -> stories.delete("pricing", s.getVersion()));
            catalog.deleteTopic("pricing-story-topic", catalog.topic("pricing-story-topic").orElseThrow().getVersion());
        }
        assertThat(mvc.perform(get("/stories/pricing")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSaveOverSomeoneElsesShowsTheOneConflictPageAndSendingAgainReplacesTheirs() throws Exception {
        Story before = stories.get("failed-products");
        String sections = "alibaba | Alibaba's search engine\namazon | Amazon's Fire Phone";
        try {
            stories.update("failed-products", new StoryContent("Failed products (theirs)", before.getLead(),
                    before.getTopicSlug(), before.content().sections()), before.getVersion());

            MvcResult conflict = send(edit(before, "Failed products (mine)", sections, before.getVersion()));
            assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
            Document page = html(conflict);
            assertThat(page.selectFirst("h1").text()).isEqualTo("Someone else changed this while you were editing");
            assertThat(page.select("table tbody tr")).hasSize(1);
            assertThat(page.select("table tbody tr th").text()).isEqualTo("title");
            assertThat(page.select("table tbody tr td").eachText()).containsExactly("Failed products (mine)", "Failed products (theirs)");
            assertThat(page.selectFirst("a[href=/admin/stories/failed-products/edit]")).isNotNull();

            // the kept form carries the version saved now: sending it puts mine over theirs
            long current = stories.get("failed-products").getVersion();
            assertThat(page.selectFirst("form input[name=version]").val()).isEqualTo(String.valueOf(current));
            MvcResult again = send(edit(before, page.selectFirst("form input[name=title]").val(), sections, current));
            assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/stories");
            assertThat(stories.get("failed-products").getTitle()).isEqualTo("Failed products (mine)");
        } finally {
            Story now = stories.get("failed-products");
            stories.update(now.getSlug(), before.content(), now.getVersion());
        }
    }
}
