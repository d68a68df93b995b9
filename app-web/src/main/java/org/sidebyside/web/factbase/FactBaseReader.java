package org.sidebyside.web.factbase;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sidebyside.factbase.FactBaseChanged;
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

    private final FactBaseLoader loader;
    private final AtomicLong generation = new AtomicLong();
    private final Object reading = new Object();
    private volatile Snapshot snapshot;

    FactBaseReader(FactBaseLoader loader) {
        this.loader = loader;
    }

    /** The published fact base as of the last committed change. */
    public FactBase published() {
        Snapshot s = snapshot;
        if (s != null && s.generation() == generation.get()) {
            return s.base();
        }
        synchronized (reading) {
            s = snapshot;
            long wanted = generation.get();
            if (s != null && s.generation() == wanted) {
                return s.base();
            }
            long started = System.nanoTime();
            FactBase base = loader.published();
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

    /** Any fact, draft or published, as a student page would show it: for an instructor's preview. */
    public Optional<FactView> anyStatus(String key) {
        return loader.anyStatus(key);
    }

    /** The full text of a source, for the reader. */
    public Optional<String> text(String sourceSlug) {
        return published().text(sourceSlug);
    }
}
