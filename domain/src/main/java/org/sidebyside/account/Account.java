package org.sidebyside.account;

import org.sidebyside.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.regex.Pattern;

/** Someone who may sign in to curate. The password is only ever held hashed. */
@Entity
public class Account extends Versioned {

    /** The one definition of a username, for the entity and the account form alike. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    private Instant createdAt;


    protected Account() {
    }

    Account(String username, String passwordHash, Role role) {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("a username is 3 to 60 lowercase letters, digits, dots, dashes or underscores");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
    }

    void changeRole(Role role, boolean enabled) {
        this.role = role;
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
