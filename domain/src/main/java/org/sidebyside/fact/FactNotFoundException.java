package org.sidebyside.fact;

import org.sidebyside.NoSuchRecordException;

/** No fact has the given key. */
public class FactNotFoundException extends NoSuchRecordException {

    public FactNotFoundException(String key) {
        super("the fact \"" + key + "\"");
    }
}
