package org.sidebyside.fact;

/** The fact was changed by someone else after the caller read it. */
public class StaleFactException extends RuntimeException {

    private final String key;

    public StaleFactException(String key) {
        super("fact \"" + key + "\" was changed by someone else");
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
