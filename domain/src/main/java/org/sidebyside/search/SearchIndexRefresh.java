package org.sidebyside.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.sidebyside.factbase.FactBaseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps what search derives from the fact base up to date: the words' rarity
 * ({@link SearchStatistics}) and the facts' embeddings ({@link FactVectors}). Whenever the fact
 * base changes (a {@link FactBaseChanged}: a save here, another instance's commit, the import
 * command, this process's start) both are refreshed on a thread of their own, several changes
 * heard meanwhile in one go, once this process has searched or warmed up ({@link #warmUp()}). A search first waits a little ({@link #WAIT}) for the refresh of
 * changes already heard, so that one right after a save sees it; then it answers with what
 * there is.
 */
@Service
public class SearchIndexRefresh {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRefresh.class);
    /** How long a search waits for the refresh of a change it may be asking about. */
    static final Duration WAIT = Duration.ofSeconds(3);

    private final SearchStatistics statistics;
    private final FactVectors vectors;
    private final ExecutorService thread;
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Changes heard (the first, "nothing read yet", is this process's start) and changes refreshed. */
    private final AtomicLong changes = new AtomicLong(1);
    private volatile long refreshedUpTo;
    /** Whether this process searches: only then is the index kept current. */
    private volatile boolean active;
    /** Whether the last refresh failed. */
    private volatile boolean failing;
    private final Object progress = new Object();

    public SearchIndexRefresh(SearchStatistics statistics, FactVectors vectors) {
        this.statistics = statistics;
        this.vectors = vectors;
        this.thread = Executors.newSingleThreadExecutor(FactSearch.daemons("search-index-"));
    }

    @EventListener
    void factBaseChanged(FactBaseChanged changed) {
        changes.incrementAndGet();
        if (active) {
            refreshSoon();
        }
    }

    /**
     * Starts keeping the index current now, rather than at the first search: the web app does
     * on start, so that no student waits for it. (A process that never searches, such as the
     * import command, never spends the time.)
     */
    public void warmUp() {
        active = true;
        refreshSoon();
    }

    private void refreshSoon() {
        if (pending.compareAndSet(false, true)) {
            thread.execute(() -> {
                pending.set(false);
                try {
                    refreshNow();
                } catch (RuntimeException e) {
                    // search works on with what it has; the next change tries again
                    log.warn("Could not refresh the search index: {}", e.toString());
                }
            });
        }
    }

    /** Refreshes both now, on the calling thread. */
    public synchronized void refreshNow() {
        long upTo = changes.get();
        boolean done = false;
        try {
            statistics.refresh();
            if (vectors.enabled()) {
                vectors.refresh();
            }
            done = true;
        } finally {
            synchronized (progress) {
                failing = !done;
                if (done) {
                    refreshedUpTo = Math.max(refreshedUpTo, upTo);
                }
                progress.notifyAll();
            }
        }
    }

    /**
     * Waits, for at most {@link #WAIT}, until the changes heard so far are refreshed; not at
     * all while refreshing fails (the database is away: the search answers at once, from what
     * it has or with the outage page).
     */
    public void awaitCurrent() {
        active = true;
        long wanted = changes.get();
        if (refreshedUpTo >= wanted || failing) {
            return;
        }
        refreshSoon();
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (progress) {
            long left;
            while (refreshedUpTo < wanted && !failing && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
