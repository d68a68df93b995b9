package org.sidebyside.web.admin;

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

/** {@code bin/sidebyside set-password USER}, as the app started with its arguments does it. */
@WebIntegrationTest
class PasswordResetIntegrationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JdbcConnectionDetails database;

    private void setPassword(String username, String password) {
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

        setPassword("forgetful", "a-brand-new-password");

        String hash = accounts.find("forgetful").orElseThrow().getPasswordHash();
        assertThat(accounts.encoder().matches("a-brand-new-password", hash)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'forgetful'", Long.class))
                .isZero();
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
