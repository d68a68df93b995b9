package org.sidebyside.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sidebyside.account.AccountService;
import org.sidebyside.account.Role;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class AdminSecurityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/facts/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/compare")).andExpect(status().isOk());
    }

    @Test
    void theFirstAdminSignsInWithThePasswordFromConfiguration() throws Exception {
        mvc.perform(formLogin().user("admin").password(WebIntegrationTest.ADMIN_PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));
        mvc.perform(formLogin().user("admin").password("wrong-password-123"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select password_hash from account where username = 'admin'", String.class))
                .startsWith("{bcrypt}").doesNotContain(WebIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void anInstructorCannotManageAccounts() throws Exception {
        mvc.perform(get("/admin/accounts").with(user("ina").roles("INSTRUCTOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/facts").with(user("ina").roles("INSTRUCTOR"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(user("ada").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/admin/facts/new").with(user("ina").roles("INSTRUCTOR")).param("statement", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/facts/new").with(user("ina").roles("INSTRUCTOR")).with(csrf()).param("statement", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void anAccountWithAnUnknownRoleGetsAMessageNextToTheRoleAndIsNotCreated() throws Exception {
        String html = mvc.perform(post("/admin/accounts").with(user("ada").roles("ADMIN")).with(csrf())
                        .param("username", "test-role").param("password", "a-long-enough-password").param("role", "GOD"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#role-error").text()).isEqualTo("Choose one of the roles listed.");
        assertThat(page.selectFirst("input#username").val()).isEqualTo("test-role");
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'test-role'", Long.class)).isZero();
    }

    @Test
    void aPasswordOfSpacesIsRefusedHoweverLong() {
        assertThatThrownBy(() -> accounts.create("blank-password", " ".repeat(20), Role.INSTRUCTOR))
                .isInstanceOf(AccountService.InvalidAccountException.class).hasMessage("password");
        accounts.create("spaced-password", "  a long pass phrase  ", Role.INSTRUCTOR);
        assertThatThrownBy(() -> accounts.changePassword("spaced-password", "\t".repeat(12)))
                .isInstanceOf(AccountService.InvalidAccountException.class);
    }

    @Test
    void fiveFailedSignInsLockTheAccount() throws Exception {
        accounts.create("locksmith", "a-good-long-password", Role.INSTRUCTOR);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("locksmith").password("not-the-password")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("locksmith").password("a-good-long-password")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
