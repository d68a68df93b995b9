package org.sidebyside.web.admin.security;

import org.sidebyside.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * With no accounts at all, creates {@code admin} (role ADMIN) with the password from
 * {@code ADMIN_PASSWORD}, or a generated one written to the log this once. There is no
 * default password anywhere. Runs while the context starts, before the server accepts
 * connections, so nobody can reach the sign-in page before the account exists.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String password;

    FirstAdmin(AccountService accounts, @Value("${sidebyside.admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        accounts.createFirstAdmin(password).ifPresent(chosen -> {
            if (password == null || password.isBlank()) {
                log.warn("""

                        Created the first account: user "admin", password "{}".
                        This password is shown only this once. Sign in at /login and change it under /admin/accounts.
                        """, chosen);
            } else {
                log.info("Created the first account \"admin\" with the password from ADMIN_PASSWORD.");
            }
        });
    }
}
