package org.sidebyside.web.admin.security;

import org.sidebyside.account.AccountService;
import org.sidebyside.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code bin/sidebyside set-password USER}: sets an account's password from the command line,
 * for an instructor locked out of the admin (the password comes from
 * {@code SIDEBYSIDE_NEW_PASSWORD}, never from the arguments). An account of that name that
 * does not exist is created as an admin. The account's sessions end everywhere, as after any
 * password change; then the app stops. Without {@code sidebyside.set-password} it does nothing.
 */
@Component
class PasswordReset implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    private final AccountService accounts;
    private final ConfigurableApplicationContext context;
    private final String username;
    private final String password;
    private final boolean exit;

    PasswordReset(AccountService accounts, ConfigurableApplicationContext context,
                  @Value("${sidebyside.set-password:}") String username,
                  @Value("${sidebyside.new-password:}") String password,
                  @Value("${sidebyside.set-password-exits:true}") boolean exit) {
        this.accounts = accounts;
        this.context = context;
        this.username = username.strip();
        this.password = password;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        // decided at run time: a condition on the bean would be frozen by the AOT build
        if (username.isEmpty()) {
            return;
        }
        int status = 0;
        try {
            if (accounts.find(username).isPresent()) {
                accounts.changePassword(username, password);
                log.warn("The password of \"{}\" is set; its sessions have ended.", username);
            } else {
                accounts.create(username, password, Role.ADMIN);
                log.warn("Created the admin account \"{}\" with the new password.", username);
            }
        } catch (AccountService.InvalidAccountException e) {
            log.error("Nothing changed: {}", e.reason() == AccountService.InvalidAccountException.Reason.PASSWORD
                    ? "the new password (SIDEBYSIDE_NEW_PASSWORD) needs at least " + AccountService.MIN_PASSWORD_LENGTH
                    + " characters, not all blank"
                    : "\"" + username + "\" is not a valid username");
            status = 1;
        }
        if (exit) {
            int code = status;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
