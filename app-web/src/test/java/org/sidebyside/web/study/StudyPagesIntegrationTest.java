package org.sidebyside.web.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.fact.FactService;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A quiz round as plain forms: no account, no session, no JavaScript. */
@WebIntegrationTest
class StudyPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FactService facts;
    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletResponse send(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private static Document html(MockHttpServletResponse r) throws Exception {
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The address a GET form sends: its action with its fields, and the chosen option. */
    private static String submit(Document page, int choice) {
        var form = page.selectFirst("form.study-question");
        StringBuilder url = new StringBuilder(form.attr("action")).append("?choice=").append(choice);
        form.select("input[type=hidden]").forEach(i -> url.append('&').append(i.attr("name")).append('=').append(i.val()));
        return url.toString();
    }

    @Test
    void aRoundOfFiveQuestionsEachAnswerShowingItsFactAndQuoteThenTheScore() throws Exception {
        MockHttpServletResponse start = send("/study/round");
        assertThat(start.getStatus()).isEqualTo(302);
        String question = start.getRedirectedUrl();
        assertThat(question).matches("/study/\\d+");
        List<String> verdicts = new ArrayList<>();
        String scoreUrl = null;
        for (int n = 1; n <= 5; n++) {
            Document q = Pages.page(mvc, question);
            assertThat(q.select(".study-count").text()).isEqualTo("Question " + n + " of 5");
            assertThat(q.select(".study-prompt").text()).matches("(Which company|In which year|Which figure|Which article).*");
            int options = q.select("input[name=choice]").size();
            assertThat(options).isBetween(2, 4);

            Document answer = Pages.page(mvc, submit(q, options - 1));
            verdicts.add(answer.select(".study-verdict").text());
            assertThat(answer.select(".study-verdict").text()).matches("(Right: .*|Not quite: you chose .*; the answer is .*)");
            assertThat(answer.select("article.fact .fact-statement")).hasSize(1);
            assertThat(answer.select("figure.quote blockquote").text()).isNotBlank();
            assertThat(answer.select("a.study-into-article").attr("href")).matches("/sources/[a-z0-9-]+#q\\d+");
            if (n < 5) {
                question = answer.select(".study-next a").attr("href");
                assertThat(question).contains("i=" + n);
            } else {
                scoreUrl = answer.select(".study-next a").attr("href");
                assertThat(answer.select(".study-next a").text()).isEqualTo("See your score");
            }
        }
        Document score = Pages.page(mvc, scoreUrl);
        long right = verdicts.stream().filter(v -> v.startsWith("Right")).count();
        assertThat(score.select(".study-score").text()).isEqualTo("You answered " + right + " of 5 right.");
        assertThat(score.select(".study-revisit a")).hasSize((int) (5 - right));
        assertThat(score.select(".study-answers li")).hasSize(5);
        // the same address shows the same round: nothing was kept on the server
        assertThat(Pages.page(mvc, scoreUrl).select(".study-answers").text()).isEqualTo(score.select(".study-answers").text());
    }

    @Test
    void aRoundOnOneTopicAsksOnlyAboutIt() throws Exception {
        String question = send("/study/round?topic=payments").getRedirectedUrl();
        assertThat(question).endsWith("?topic=payments");
        Document q = Pages.page(mvc, question);
        assertThat(q.select(".study-count").text()).isEqualTo("Question 1 of 5, on Payments");
        Document answer = Pages.page(mvc, submit(q, 0));
        assertThat(answer.select("article.fact").attr("id")).isIn(jdbc.queryForList("""
                select 'fact-' || f.fact_key from fact f join topic t on t.id = f.topic_id where t.slug = 'payments'""",
                String.class));
    }

    @Test
    void anAnswerSentWithoutAChoiceAsksAgainAndBadAddressesAreClearErrors() throws Exception {
        String question = send("/study/round").getRedirectedUrl();
        Document again = Pages.page(mvc, question + "/answer?i=0");
        assertThat(again.select("#choice-error").text()).isEqualTo("Choose one of the answers first.");
        assertThat(send(question + "/answer?i=0&choice=9").getStatus()).isEqualTo(400);
        assertThat(send(question + "?i=3&results=r").getStatus()).isEqualTo(400);
        assertThat(send(question + "?i=7&results=rrrrrrr").getStatus()).isEqualTo(400);
        assertThat(send(question + "/score?results=rr").getStatus()).isEqualTo(400);
        assertThat(send(question + "?results=x").getStatus()).isEqualTo(400);
        assertThat(send("/study/round?topic=nope").getStatus()).isEqualTo(404);
        assertThat(send("/study/not-a-number").getStatus()).isEqualTo(400);
    }

    @Test
    void factsAnInstructorLeavesOutAreNeverAsked() throws Exception {
        List<String> onTopic = jdbc.queryForList("""
                select f.fact_key from fact f join topic t on t.id = f.topic_id
                where t.slug = 'sustainability' and f.status = 'PUBLISHED'""", String.class);
        try {
            onTopic.forEach(k -> facts.askInQuizzes(k, false));
            assertThat(send("/study/" + 42 + "?topic=sustainability").getStatus()).isEqualTo(404);
            assertThat(Pages.page(mvc, "/study").select("#topic option").eachAttr("value")).doesNotContain("sustainability");
        } finally {
            onTopic.forEach(k -> facts.askInQuizzes(k, true));
        }
        assertThat(send("/study/" + 42 + "?topic=sustainability").getStatus()).isEqualTo(200);
    }
}
