package org.sidebyside.web.admin;

/**
 * One choice of a select field ({@code admin/fields :: select}): what is sent, and what is
 * shown, either as it is or, where {@code message} is set, as the text of that message key.
 */
public record Option(String value, String label, boolean message) {

    public Option(String value, String label) {
        this(value, label, false);
    }

    /** A choice shown as the text of the message {@code key}. */
    public static Option ofMessage(String value, String key) {
        return new Option(value, key, true);
    }
}
