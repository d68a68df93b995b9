package org.sidebyside.catalog;

/** Small checks shared by the entities: trimmed, required or optional, bounded text. */
public final class Texts {

    private Texts() {
    }

    public static String require(String text, String what, int maxLength) {
        String t = optional(text, what, maxLength);
        if (t == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return t;
    }

    /** Trims; blank becomes null. */
    public static String optional(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return t;
    }
}
