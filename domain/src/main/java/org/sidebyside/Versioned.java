package org.sidebyside;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.sidebyside.history.EntityType;

/**
 * A record instructors edit in forms: JPA's {@link Version} guards it against two writers
 * racing; {@link #expectVersion} against a form that was opened before someone else saved.
 */
@MappedSuperclass
public abstract class Versioned {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    /**
     * The one staleness rule: a change made from a form (or a delete confirmed on a page)
     * applies only to the version the instructor read.
     *
     * @throws ChangedMeanwhileException if someone saved a newer one since
     */
    public void expectVersion(long read, EntityType type, String key) {
        if (read != version) {
            throw new ChangedMeanwhileException(type, key, version);
        }
    }
}
