package org.sidebyside.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusionUnitTest {

    private static Fusion.Lexical words(long id, double coverage) {
        return new Fusion.Lexical(id, true, coverage);
    }

    private static Fusion.Lexical noWords(long id) {
        return new Fusion.Lexical(id, false, 0);
    }

    private static FactVectors.Neighbour meaning(long id, double similarity) {
        return new FactVectors.Neighbour(id, similarity);
    }

    @Test
    void aFactBothRankingsPlaceHighLeadsOneThatOnlyOnePlacesFirst() {
        List<Fusion.Ranked> ranked = Fusion.fuse(List.of(words(1, 0.9), words(2, 0.8), words(3, 0.4)),
                List.of(meaning(2, 0.7), meaning(3, 0.6)));

        assertThat(ranked).extracting(Fusion.Ranked::id).containsExactly(2L, 3L, 1L);
        assertThat(ranked.get(0).fused()).isEqualTo(1.0 / (Fusion.K + 2) + 1.0 / (Fusion.K + 1));
        assertThat(ranked.get(2).fused()).isEqualTo(1.0 / (Fusion.K + 1));
    }

    @Test
    void aFactNearOnlyInMeaningJoinsTheResultsWithItsSimilarityAsScore() {
        List<Fusion.Ranked> ranked = Fusion.fuse(List.of(words(1, 0.3), noWords(7)), List.of(meaning(7, 0.62)));

        assertThat(ranked).extracting(Fusion.Ranked::id).containsExactly(1L, 7L);
        assertThat(ranked.get(1).score()).isEqualTo(0.62);
        assertThat(ranked.get(0).score()).isEqualTo(0.3);
    }

    @Test
    void aNeighbourThatIsNoCandidateIsLeftOutAndDoesNotTakeARank() {
        // fact 9 is near in meaning but was filtered out (another company, a draft)
        List<Fusion.Ranked> ranked = Fusion.fuse(List.of(words(1, 0.5), noWords(2)), List.of(meaning(9, 0.8), meaning(2, 0.5)));

        assertThat(ranked).extracting(Fusion.Ranked::id).containsExactly(1L, 2L);
        assertThat(ranked.get(1).fused()).isEqualTo(1.0 / (Fusion.K + 1));
    }

    @Test
    void aTieGoesToTheOrderByWords() {
        // first by words only, and first by meaning only: the same fused score
        List<Fusion.Ranked> ranked = Fusion.fuse(List.of(words(5, 0.5), noWords(4)), List.of(meaning(4, 0.5)));

        assertThat(ranked.get(0).fused()).isEqualTo(ranked.get(1).fused());
        assertThat(ranked).extracting(Fusion.Ranked::id).containsExactly(5L, 4L);
    }

    @Test
    void theScoreIsTheBetterOfCoverageAndSimilarity() {
        List<Fusion.Ranked> ranked = Fusion.fuse(List.of(words(1, 0.4)), List.of(meaning(1, 0.55)));

        assertThat(ranked.get(0).score()).isEqualTo(0.55);
    }
}
