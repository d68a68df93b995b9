package org.sidebyside.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of the two rankings of a search: by words (how much of the question a
 * fact covers) and by meaning (how near its embedding is). A fact's fused score is the sum, over
 * the rankings it stands in, of {@code 1 / (K + rank)}: a fact both rankings place high leads,
 * and neither ranking's scale matters, only its order (Cormack, Clarke and Büttcher, SIGIR 2009).
 */
final class Fusion {

    /** The usual constant: it keeps one ranking's first place from outweighing agreement. */
    static final int K = 60;
    /** How many facts nearest in meaning join the candidates. */
    static final int MEANING_CANDIDATES = 30;
    /** Below this cosine similarity a fact is not near in meaning at all. */
    static final double MIN_SIMILARITY = 0.35;

    /** A candidate as ranked by words: whether it has any of the question's words, and how much it covers. */
    record Lexical(long id, boolean matched, double coverage) {
    }

    /**
     * A fact in the fused order.
     *
     * @param score how well it answers, from 0 to 1: the larger of its coverage of the question's
     *              words and its similarity in meaning
     */
    record Ranked(long id, double fused, double score) {
    }

    private Fusion() {
    }

    /**
     * @param lexical the candidates in their order by words (those that match no word carry no rank)
     * @param near    the facts nearest in meaning, nearest first
     */
    static List<Ranked> fuse(List<Lexical> lexical, List<FactVectors.Neighbour> near) {
        Map<Long, double[]> byId = new LinkedHashMap<>(); // fused, coverage, similarity
        int rank = 0;
        for (Lexical l : lexical) {
            double[] f = byId.computeIfAbsent(l.id(), id -> new double[3]);
            if (l.matched()) {
                rank++;
                f[0] += 1.0 / (K + rank);
                f[1] = l.coverage();
            }
        }
        rank = 0;
        for (FactVectors.Neighbour n : near) {
            double[] f = byId.get(n.factId());
            if (f == null) {
                continue; // not a candidate: filtered out, or not published
            }
            rank++;
            f[0] += 1.0 / (K + rank);
            f[2] = n.similarity();
        }
        List<Ranked> ranked = new ArrayList<>(byId.size());
        byId.forEach((id, f) -> {
            if (f[0] > 0) {
                ranked.add(new Ranked(id, f[0], Math.min(1, Math.max(f[1], f[2]))));
            }
        });
        // stable: equal fused scores keep the order by words
        ranked.sort(Comparator.comparingDouble(Ranked::fused).reversed());
        return ranked;
    }
}
