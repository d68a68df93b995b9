package org.sidebyside.disagreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What differs between the sides of a disagreement. */
public enum DisagreementKind {
    /** The sources report different moments: both may have been true when written. */
    TIME,
    /** Different measures or scopes of the same thing. */
    MEASURE,
    /** The same thing said differently, or a difference of emphasis. */
    WORDING,
    /** They cannot both be true as stated. */
    CONTRADICTION;

    /** As written in seed files and forms: "time", "measure", "wording", "contradiction". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisagreementKind> fromCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(k -> k.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
