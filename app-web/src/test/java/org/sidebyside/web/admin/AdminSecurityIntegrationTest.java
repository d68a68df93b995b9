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
import org.sidebyside.account.SignInThrottle;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
                .andExpect(redirectedUrl("/login?error&username=admin"));
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
                .isInstanceOfSatisfying(AccountService.InvalidAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountService.InvalidAccountException.Reason.PASSWORD));
        accounts.create("spaced-password", "  a long pass phrase  ", Role.INSTRUCTOR);
        assertThatThrownBy(() -> accounts.changePassword("spaced-password", "\t".repeat(12)))
                .isInstanceOf(AccountService.InvalidAccountException.class);
    }

    private ResultActions signIn(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void failedSignInsAreThrottledPerAddressSoNobodyElseCanLockTheOwnerOut() throws Exception {
        accounts.create("locksmith", "a-good-long-password", Role.INSTRUCTOR);
        String refused = "/login?error&username=locksmith";
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            signIn("198.51.100.77", "locksmith", "not-the-password").andExpect(redirectedUrl(refused));
        }
        // from the guessing address even the right password is now refused unread, with the same answer
        signIn("198.51.100.77", "locksmith", "a-good-long-password").andExpect(redirectedUrl(refused));
        // the owner, elsewhere, signs in as usual
        signIn("203.0.113.5", "locksmith", "a-good-long-password").andExpect(redirectedUrl("/admin"));
    }

    @Test
    void everyFailedSignInGetsTheSameAnswerWhetherOrNotTheAccountExists() throws Exception {
        accounts.create("sleeper", "a-good-long-password", Role.INSTRUCTOR);
        accounts.changeRole("sleeper", Role.INSTRUCTOR, false, accounts.find("sleeper").orElseThrow().getVersion());
        signIn("198.51.100.78", "nobody-here", "whatever-password").andExpect(redirectedUrl("/login?error&username=nobody-here"));
        signIn("198.51.100.78", "admin", "whatever-password").andExpect(redirectedUrl("/login?error&username=admin"));
        signIn("198.51.100.78", "sleeper", "a-good-long-password").andExpect(redirectedUrl("/login?error&username=sleeper"));
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            signIn("198.51.100.79", "nobody-either", "whatever-password");
        }
        signIn("198.51.100.79", "nobody-either", "whatever-password")
                .andExpect(redirectedUrl("/login?error&username=nobody-either"));

        Document page = Jsoup.parse(mvc.perform(get("/login").param("error", "").param("username", "nobody-here"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".flash.error")).hasSize(1);
        assertThat(page.selectFirst(".flash.error").text()).startsWith("Sign-in failed");
        assertThat(page.selectFirst("input#username").val()).as("the username is kept").isEqualTo("nobody-here");
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
