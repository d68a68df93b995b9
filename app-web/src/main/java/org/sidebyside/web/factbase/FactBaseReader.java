package org.sidebyside.web.factbase;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sidebyside.factbase.FactBaseChanged;
import org.sidebyside.factbase.FactBaseNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What students see: one immutable snapshot of the published fact base, shared by every
 * request and read again from the database only after a change was committed, here or on
 * another instance ({@link FactBaseChanged}). Instructors' previews stay live.
 *
 * <p>A change bumps a generation counter; the first request that finds the snapshot older
 * than the counter reads a new one while the requests that arrive meanwhile wait for it, so
 * nobody sees content older than a change that was committed before their request.
 */
@Service
public class FactBaseReader {

    private static final Logger log = LoggerFactory.getLogger(FactBaseReader.class);

    private record Snapshot(long generation, FactBase base) {
    }

    private static final long RETRY_NANOS = 1_000_000_000L;

    private final FactBaseLoader loader;
    private final FactBaseNotifications notifications;
    private final AtomicLong generation = new AtomicLong();
    private final Object reading = new Object();
    private volatile Snapshot snapshot;
    /** Whether the last read failed, and when to try again (System.nanoTime). */
    private volatile boolean failing;
    private volatile long retryAt;

    FactBaseReader(FactBaseLoader loader, FactBaseNotifications notifications) {
        this.loader = loader;
        this.notifications = notifications;
    }

    /**
     * The published fact base as of the last committed change. While the database cannot be
     * read, the last snapshot read (tried again at most once a second, so requests do not each
     * wait for the database); with none at all, the database's exception.
     */
    public FactBase published() {
        Snapshot s = snapshot;
        if (s != null && (s.generation() == generation.get() || failing && retryAt - System.nanoTime() > 0)) {
            return s.base();
        }
        synchronized (reading) {
            s = snapshot;
            long wanted = generation.get();
            if (s != null && (s.generation() == wanted || failing && retryAt - System.nanoTime() > 0)) {
                return s.base();
            }
            long started = System.nanoTime();
            FactBase base;
            try {
                base = loader.published();
            } catch (RuntimeException e) {
                if (s == null) {
                    throw e;
                }
                if (!failing) {
                    log.warn("Cannot read the fact base ({}); serving the one read at {}", e.getMessage(),
                            s.base().readAt());
                }
                retryAt = System.nanoTime() + RETRY_NANOS;
                failing = true;
                return s.base();
            }
            failing = false;
            snapshot = new Snapshot(wanted, base);
            if (s == null || !s.base().version().equals(base.version())) {
                log.info("Read the published fact base: {} facts, version {}, in {} ms", base.facts().size(),
                        base.version(), (System.nanoTime() - started) / 1_000_000);
            }
            return base;
        }
    }

    @EventListener
    void changed(FactBaseChanged event) {
        generation.incrementAndGet();
        if (event.origin() != FactBaseChanged.Origin.THIS_PROCESS) {
            // heard on the notification thread: read the new snapshot there, off the request path
            try {
                published();
            } catch (RuntimeException e) {
                log.warn("Could not read the fact base after a change; the next request tries again: {}",
                        e.getMessage());
            }
        }
    }

    /**
     * Whether changes may have been missed: the change notifications cannot be heard (the
     * database is unreachable), or the last attempt to read a new snapshot failed. Pages then
     * say as of when they show the fact base.
     */
    public boolean mayBeBehind() {
        return !notifications.isListening() || failing;
    }

    /** Any fact, draft or published, as a student page would show it: for an instructor's preview. */
    public Optional<FactView> anyStatus(String key) {
        return loader.anyStatus(key);
    }

    /** The full text of a source, for the reader. */
    public Optional<String> text(String sourceSlug) {
        return published().text(sourceSlug);
    }
}
