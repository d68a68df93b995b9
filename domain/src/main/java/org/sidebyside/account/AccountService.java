package org.sidebyside.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.sidebyside.history.Action;
import org.sidebyside.history.EntityType;
import org.sidebyside.history.History;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and changes their passwords, roles and access. Every change of password,
 * role or access announces {@link AccountAccessChanged}, so that the account's open sessions end.
 */
@Service
@Transactional
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Spring Security's default for bcrypt. */
    public static final int DEFAULT_BCRYPT_STRENGTH = 10;

    private final AccountRepository accounts;
    private final History history;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder encoder;

    /**
     * @param bcryptStrength the work factor of new password hashes (log2 of bcrypt's rounds,
     *        4 to 31): each step doubles the time a sign-in and a guess take. A stored hash
     *        keeps the factor it was made with.
     */
    public AccountService(AccountRepository accounts, History history, ApplicationEventPublisher events,
            @Value("${sidebyside.accounts.bcrypt-strength:" + DEFAULT_BCRYPT_STRENGTH + "}") int bcryptStrength) {
        this.accounts = accounts;
        this.history = history;
        this.events = events;
        // hashes are stored as "{bcrypt}$2a$...", as Spring Security's default encoder writes them
        this.encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /** Thrown when a change of accounts breaks a rule; {@link #reason()} says which. */
    public static class InvalidAccountException extends RuntimeException {

        /** Which rule; {@link #code()} names it for messages ("password", "username-taken"...). */
        public enum Reason {
            USERNAME("username"), USERNAME_TAKEN("username-taken"), PASSWORD("password"), UNKNOWN("unknown"),
            LAST_ADMIN("last-admin");

            private final String code;

            Reason(String code) {
                this.code = code;
            }

            public String code() {
                return code;
            }
        }

        private final Reason reason;

        public InvalidAccountException(Reason reason) {
            super(reason.code());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    public Account create(String username, String password, Role role) {
        if (!Account.isValidUsername(username)) {
            throw new InvalidAccountException(InvalidAccountException.Reason.USERNAME);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidAccountException(InvalidAccountException.Reason.USERNAME_TAKEN);
        }
        checkPassword(password);
        Account account = accounts.save(new Account(username, encoder.encode(password), role));
        history.record(EntityType.ACCOUNT, username, Action.CREATE, "created (" + role.name().toLowerCase() + ")");
        return account;
    }

    public void changePassword(String username, String password) {
        checkPassword(password);
        Account account = accounts.findByUsername(username).orElseThrow(() -> new InvalidAccountException(InvalidAccountException.Reason.UNKNOWN));
        account.changePassword(encoder.encode(password));
        history.record(EntityType.ACCOUNT, username, Action.UPDATE, "password changed");
        events.publishEvent(new AccountAccessChanged(username, false));
    }

    /** Changes the role and state of an account the caller read at {@code version}. */
    public void changeRole(String username, Role role, boolean enabled, long version) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new InvalidAccountException(InvalidAccountException.Reason.UNKNOWN));
        account.expectVersion(version, EntityType.ACCOUNT, username);
        boolean removesLastAdmin = account.getRole() == Role.ADMIN && account.isEnabled()
                && (role != Role.ADMIN || !enabled) && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
        if (removesLastAdmin) {
            throw new InvalidAccountException(InvalidAccountException.Reason.LAST_ADMIN);
        }
        if (account.getRole() == role && account.isEnabled() == enabled) {
            return;
        }
        account.changeRole(role, enabled);
        events.publishEvent(new AccountAccessChanged(username, true));
        history.record(EntityType.ACCOUNT, username, Action.UPDATE,
                "role " + role.name().toLowerCase() + (enabled ? "" : ", disabled"));
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public java.util.List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return accounts.findByUsername(username);
    }

    /**
     * On a database without accounts, creates {@code admin} with the given password, or a
     * generated one that is returned so it can be shown once. Empty when accounts exist.
     */
    public Optional<String> createFirstAdmin(String password) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        String chosen = password == null || password.isBlank() ? generatePassword() : password;
        create("admin", chosen, Role.ADMIN);
        return Optional.of(chosen);
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void checkPassword(String password) {
        // twelve characters of which some are not spaces: a password of blanks is no password
        if (password == null || password.isBlank() || password.length() < MIN_PASSWORD_LENGTH
                || password.length() > 200) {
            throw new InvalidAccountException(InvalidAccountException.Reason.PASSWORD);
        }
    }
}
