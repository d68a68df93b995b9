package org.sidebyside;

import java.util.OptionalLong;
import org.sidebyside.history.EntityType;

/**
 * Someone else saved the record after the caller read it, whether found by comparing the
 * version a form carried or by JPA's own check when two saves race. The one conflict every
 * editing service reports.
 *
 * @see Versioned#expectVersion
 */
public class ChangedMeanwhileException extends RuntimeException {

    private final EntityType type;
    private final String key;
    private final Long currentVersion;

    /** @param currentVersion the version saved now; null where a race left it unknown */
    public ChangedMeanwhileException(EntityType type, String key, Long currentVersion) {
        super(type.name().toLowerCase(java.util.Locale.ROOT) + " " + key + " was changed by someone else");
        this.type = type;
        this.key = key;
        this.currentVersion = currentVersion;
    }

    public EntityType type() {
        return type;
    }

    public String key() {
        return key;
    }

    /** The version saved now: a form sent again with it replaces that version. */
    public OptionalLong currentVersion() {
        return currentVersion == null ? OptionalLong.empty() : OptionalLong.of(currentVersion);
    }
}
