package org.sidebyside.fact;

/** No fact has the given key. */
public class FactNotFoundException extends RuntimeException {

    public FactNotFoundException(String key) {
        super("no fact with key \"" + key + "\"");
    }
}
