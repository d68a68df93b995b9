package org.sidebyside.history;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records changes in the caller's transaction, and reads them back. */
@Service
public class History {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RevisionRepository revisions;
    private final ObjectProvider<Actor> actor;

    public History(RevisionRepository revisions, ObjectProvider<Actor> actor) {
        this.revisions = revisions;
        this.actor = actor;
    }

    /** The name changes are recorded under now. */
    public String actor() {
        Actor a = actor.getIfAvailable();
        String name = a == null ? null : a.name();
        return name == null || name.isBlank() ? Actor.SYSTEM : name;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Revision recordFact(String key, Action action, FactSnapshot snapshot, String summary) {
        return recordSnapshot(EntityType.FACT, key, action, snapshot, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Revision record(EntityType type, String key, Action action, String summary) {
        return revisions.save(new Revision(type, key, action, actor(), summary, null));
    }

    /** A change with the record's content after it, as JSON, for showing or restoring it later. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Revision recordSnapshot(EntityType type, String key, Action action, Object snapshot, String summary) {
        return revisions.save(new Revision(type, key, action, actor(), summary, JSON.writeValueAsString(snapshot)));
    }

    /** A record's changes, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> of(EntityType type, String key) {
        return revisions.findByEntityTypeAndEntityKeyOrderByIdDesc(type, key);
    }

    /** The content a revision recorded with {@link #recordSnapshot}, read back as {@code type}. */
    public static <T> T snapshotOf(Revision revision, Class<T> type) {
        if (revision.getSnapshot() == null) {
            throw new IllegalArgumentException("revision " + revision.getId() + " holds no content");
        }
        return JSON.readValue(revision.getSnapshot(), type);
    }

    /** The ten newest changes of anything. */
    @Transactional(readOnly = true)
    public List<Revision> recent() {
        return revisions.findTop10ByOrderByIdDesc();
    }

    /** Changes by a curator (null: anyone) between two instants (null: open), newest first. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Revision> search(String changedBy, java.time.Instant from,
                                                                 java.time.Instant to,
                                                                 org.springframework.data.domain.Pageable page) {
        return revisions.search(changedBy, from, to, page);
    }

    /** Everyone who has changed something, by name. */
    @Transactional(readOnly = true)
    public List<String> changers() {
        return revisions.changers();
    }

    /** The newest recorded change of a record, if any. */
    @Transactional(readOnly = true)
    public Optional<Revision> latest(EntityType type, String key) {
        return revisions.findFirstByEntityTypeAndEntityKeyOrderByIdDesc(type, key);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(long id) {
        return revisions.findById(id);
    }

    public static FactSnapshot snapshotOf(Revision revision) {
        if (revision.getEntityType() != EntityType.FACT) {
            throw new IllegalArgumentException("revision " + revision.getId() + " holds no fact");
        }
        return snapshotOf(revision, FactSnapshot.class);
    }
}
