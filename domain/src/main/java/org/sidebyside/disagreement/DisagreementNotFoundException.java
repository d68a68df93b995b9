package org.sidebyside.disagreement;

import org.sidebyside.NoSuchRecordException;

/** No disagreement has the given key. */
public class DisagreementNotFoundException extends NoSuchRecordException {

    public DisagreementNotFoundException(String key) {
        super("the disagreement \"" + key + "\"");
    }
}
