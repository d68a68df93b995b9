package org.sidebyside;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of a record's content, part by part: stored at import, it tells a later
 * import whether an instructor edited the record since (the digest of its content differs).
 * Each part is length-prefixed, so ("ab", "c") and ("a", "bc") differ; null reads as empty.
 */
public final class Fingerprint {

    private final StringBuilder parts = new StringBuilder();

    public Fingerprint add(Object part) {
        String s = part == null ? "" : part.toString();
        parts.append(s.length()).append(':').append(s).append('|');
        return this;
    }

    /** The digest, as 64 hex digits. */
    public String hex() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(parts.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
