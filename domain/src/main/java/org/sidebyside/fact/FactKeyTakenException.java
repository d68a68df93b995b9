package org.sidebyside.fact;

/** Another fact already has this key. */
public class FactKeyTakenException extends RuntimeException {

    public FactKeyTakenException(String key) {
        super("a fact with key \"" + key + "\" already exists");
    }
}
