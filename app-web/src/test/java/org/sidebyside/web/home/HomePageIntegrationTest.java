package org.sidebyside.web.home;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sidebyside.test.SeedFacts;
import org.sidebyside.web.Pages;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class HomePageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private long published(String topic, String company) {
        return jdbc.queryForObject("""
                select count(*) from fact f join topic t on t.id = f.topic_id join company c on c.id = f.company_id
                where f.status = 'PUBLISHED' and t.slug = ? and c.slug = ?
                """, Long.class, topic, company);
    }

    @Test
    void listsEveryTopicWithTheNumberOfFactsPerCompany() throws Exception {
        Document home = Pages.page(mvc, "/");

        assertThat(home.select("table.coverage thead th").eachText()).containsExactly("Topic", "Alibaba", "Amazon", "Both");
        assertThat(home.select("table.coverage tbody tr")).hasSize(17);
        Element payments = home.selectFirst("tr#topic-payments");
        assertThat(payments.selectFirst(".topic-name").text()).isEqualTo("Payments");
        assertThat(payments.select("td").eachText()).startsWith(
                String.valueOf(published("payments", "alibaba")), String.valueOf(published("payments", "amazon")));
        assertThat(published("payments", "alibaba")).isPositive();
    }

    @Test
    void theStartUpImportLoadedTheFactBase() {
        // other tests add facts of their own: count the seed files' keys
        assertThat(jdbc.queryForList("select fact_key from fact", String.class)).containsAll(SeedFacts.keys());
    }

    @Test
    void healthReportsTheDatabaseAndOnlyHealthAndInfoAreExposed() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(content().string(containsString("side by side")));
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
    }
}
