package org.sidebyside;

/** What a caller named (a fact, topic, source, company or story) does not exist. */
public class NoSuchRecordException extends RuntimeException {

    public NoSuchRecordException(String what) {
        super(what + " does not exist");
    }
}
