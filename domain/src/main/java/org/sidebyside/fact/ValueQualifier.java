package org.sidebyside.fact;

import java.util.Arrays;
import java.util.Optional;

/** How exact a figure is, as the article puts it ("about", "more than"...). */
public enum ValueQualifier {
    ABOUT("about"),
    MORE_THAN("more-than"),
    LESS_THAN("less-than"),
    AT_LEAST("at-least"),
    UP_TO("up-to");

    private final String code;

    ValueQualifier(String code) {
        this.code = code;
    }

    /** The form used in seed files. */
    public String code() {
        return code;
    }

    public static Optional<ValueQualifier> fromCode(String code) {
        return Arrays.stream(values()).filter(q -> q.code.equals(code)).findFirst();
    }
}
