package org.sidebyside.history;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recorded change. Never changed or deleted once written. */
@Entity
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EntityType entityType;

    private String entityKey;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String changedBy;

    private Instant changedAt;

    private String summary;

    private String snapshot;

    protected Revision() {
    }

    Revision(EntityType entityType, String entityKey, Action action, String changedBy, String summary, String snapshot) {
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
        this.summary = summary.length() > 500 ? summary.substring(0, 499) + "\u2026" : summary;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public Action getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getSummary() {
        return summary;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
