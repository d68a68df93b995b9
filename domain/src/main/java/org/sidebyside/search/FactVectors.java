package org.sidebyside.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published facts' sentence embeddings, for search by meaning. PostgreSQL keeps them
 * ({@code fact_embedding}, one per fact, with the md5 of the text it was computed from); this
 * instance holds them in memory as one array and finds a question's nearest facts by cosine
 * similarity, brute force (no pgvector on every server; a scan of 100,000 vectors takes
 * milliseconds).
 *
 * <p>On a refresh ({@link SearchIndexRefresh}, whenever the fact base changes) the facts whose
 * embedding is missing or was computed from another text or model are embedded again and
 * stored, and the in-memory copy is read again.
 */
@Service
public class FactVectors {

    private static final Logger log = LoggerFactory.getLogger(FactVectors.class);

    /**
     * What a fact is embedded from: "Company: statement first quote". Of the texts tried on the
     * evaluation set (the statement alone; with its topic; with its company and topic; with its
     * first quote, its quotes, its topic and first quote) this one found most answers first.
     * Computed in SQL, so that finding stale embeddings is one query. The company is named by its
     * slug, which never changes: the model reads no case ("Alibaba" and "alibaba" embed alike), and
     * an instructor renaming a company for display does not re-embed all its facts.
     */
    static final String TEXT = """
            concat_ws(' ', (select slug || ':' from company where id = f.company_id), f.statement,
                      (select c.quote from citation c where c.fact_id = f.id order by c.position limit 1))""";
    private static final int BATCH = 32;

    public record Neighbour(long factId, double similarity) {
    }

    private record Index(long[] ids, float[] vectors) {
        static final Index EMPTY = new Index(new long[0], new float[0]);
    }

    private final JdbcTemplate jdbc;
    private final SentenceEmbeddings embeddings;
    private final TransactionTemplate transaction;
    private volatile boolean enabled;
    private volatile Index index;

    public FactVectors(JdbcTemplate jdbc, SentenceEmbeddings embeddings, PlatformTransactionManager transactions,
                       @Value("${sidebyside.search.semantic:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.embeddings = embeddings;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    /** Whether search uses meaning as well as words ({@code sidebyside.search.semantic}). */
    public boolean enabled() {
        return enabled;
    }

    /** Switches search by meaning on or off (an operator's switch; the benchmark compares both). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Embeds the facts whose embedding is missing or stale, stores them, and reads the index
     * again. Returns how many facts were embedded.
     */
    public synchronized int refresh() {
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        jdbc.query("select f.id, " + TEXT + " as text from fact f left join fact_embedding e on e.fact_id = f.id"
                        + " where e.fact_id is null or e.model <> ? or e.text_md5 <> md5(" + TEXT + ") order by f.id",
                rs -> {
                    ids.add(rs.getLong(1));
                    texts.add(rs.getString(2));
                }, SentenceEmbeddings.MODEL);
        long started = System.nanoTime();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batchIds = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<String> batchTexts = texts.subList(from, from + batchIds.size());
            List<float[]> vectors = embeddings.embedAll(batchTexts);
            transaction.executeWithoutResult(tx -> {
                for (int i = 0; i < batchIds.size(); i++) {
                    jdbc.update("""
                            insert into fact_embedding (fact_id, model, text_md5, vector)
                            values (?, ?, md5(?), ?)
                            on conflict (fact_id) do update set model = excluded.model, text_md5 = excluded.text_md5,
                                vector = excluded.vector, computed_at = now()""",
                            batchIds.get(i), SentenceEmbeddings.MODEL, batchTexts.get(i), bytes(vectors.get(i)));
                }
            });
        }
        if (!ids.isEmpty()) {
            log.info("Embedded {} facts in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
        }
        reload();
        return ids.size();
    }

    /** Reads the published facts' embeddings into memory. */
    public synchronized void reload() {
        List<Long> ids = new ArrayList<>();
        List<byte[]> vectors = new ArrayList<>();
        jdbc.query("""
                select e.fact_id, e.vector from fact_embedding e join fact f on f.id = e.fact_id
                where f.status = 'PUBLISHED' and e.model = ? order by e.fact_id""", rs -> {
            ids.add(rs.getLong(1));
            vectors.add(rs.getBytes(2));
        }, SentenceEmbeddings.MODEL);
        int d = SentenceEmbeddings.DIMENSIONS;
        long[] idArray = new long[ids.size()];
        float[] all = new float[ids.size() * d];
        for (int i = 0; i < idArray.length; i++) {
            idArray[i] = ids.get(i);
            ByteBuffer.wrap(vectors.get(i)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(all, i * d, d);
        }
        index = new Index(idArray, all);
    }

    /**
     * The published facts nearest in meaning to the text, most similar first: at most
     * {@code limit}, each at least {@code minSimilarity} (cosine, from -1 to 1). Empty when
     * search by meaning is off.
     */
    public List<Neighbour> nearest(String text, int limit, double minSimilarity) {
        if (!enabled) {
            return List.of();
        }
        Index current = index;
        return current == null ? List.of() : nearest(current, embeddings.embed(text), limit, minSimilarity);
    }

    private static List<Neighbour> nearest(Index index, float[] q, int limit, double minSimilarity) {
        int d = q.length;
        float[] v = index.vectors();
        PriorityQueue<Neighbour> best = new PriorityQueue<>(limit + 1,
                (a, b) -> Double.compare(a.similarity(), b.similarity()));
        double floor = minSimilarity;
        for (int row = 0, n = index.ids().length; row < n; row++) {
            int o = row * d;
            // four sums, so that the additions need not wait on each other
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int i = 0; i < d; i += 4) {
                s0 += q[i] * v[o + i];
                s1 += q[i + 1] * v[o + i + 1];
                s2 += q[i + 2] * v[o + i + 2];
                s3 += q[i + 3] * v[o + i + 3];
            }
            double similarity = s0 + s1 + s2 + s3;
            if (similarity >= floor) {
                best.add(new Neighbour(index.ids()[row], similarity));
                if (best.size() > limit) {
                    best.poll();
                    floor = Math.max(minSimilarity, best.peek().similarity());
                }
            }
        }
        List<Neighbour> out = new ArrayList<>(best);
        out.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return out;
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }
}
