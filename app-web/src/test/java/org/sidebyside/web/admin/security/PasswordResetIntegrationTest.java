package org.sidebyside.web.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sidebyside.account.AccountService;
import org.sidebyside.account.Role;
import org.sidebyside.web.SideBySideApplication;
import org.sidebyside.web.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bin/sidebyside set-password USER}: once as the app started with its arguments does it,
 * then its other outcomes through the same runner in the test's own application context.
 */
@WebIntegrationTest
class PasswordResetIntegrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcConnectionDetails database;
    @Autowired
    ConfigurableApplicationContext context;

    /** The command: an app of its own, started with the arguments bin/sidebyside gives it. */
    private void setPasswordWithTheCommand(String username, String password) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(SideBySideApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--sidebyside.set-password=" + username, "--sidebyside.new-password=" + password,
                "--sidebyside.set-password-exits=false")) {
            // the runner has done its work once run() returns
        }
    }

    @Test
    void setsTheNewPasswordAndEndsTheAccountsSessions() {
        accounts.create("forgetful", "the-forgotten-password", Role.INSTRUCTOR);
        jdbc.update("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 0, 0, 1800,
                    9999999999999, 'forgetful')""");

        setPasswordWithTheCommand("forgetful", "a-brand-new-password");

        String hash = accounts.find("forgetful").orElseThrow().getPasswordHash();
        assertThat(accounts.encoder().matches("a-brand-new-password", hash)).isTrue();
        // bcrypt at the tests' work factor (config/application.yml), set in the command's own context too
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'forgetful'", Long.class))
                .isZero();
    }

    /** What the command's runner does, without starting another app for it. */
    private void setPassword(String username, String password) {
        new PasswordReset(accounts, context, username, password, false).run(null);
    }

    @Test
    void anAccountThatDoesNotExistIsCreatedAsAnAdminAndAShortPasswordChangesNothing() {
        setPassword("rescue-admin", "a-brand-new-password");
        assertThat(accounts.find("rescue-admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);

        setPassword("rescue-admin", "short");
        assertThat(accounts.encoder().matches("a-brand-new-password",
                accounts.find("rescue-admin").orElseThrow().getPasswordHash())).isTrue();
    }
}
