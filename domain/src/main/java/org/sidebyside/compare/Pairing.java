package org.sidebyside.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Facts that share a comparison key answer the same question for each company. A pair is made
 * only where every company has at least one fact under the key; facts about both companies
 * or without a key never pair.
 */
public final class Pairing {

    /**
     * One comparison: the key, and one cell per company in the companies' order.
     *
     * @param <F> whatever stands for a fact
     */
    public record Pair<F>(String comparison, List<List<F>> cells) {

        /** Whether each company has exactly one fact here, so the two can be set against each other. */
        public boolean oneEach() {
            return cells.stream().allMatch(cell -> cell.size() == 1);
        }

        public List<F> facts() {
            return cells.stream().flatMap(List::stream).toList();
        }
    }

    private Pairing() {
    }

    /**
     * The pairs among {@code facts}, in the order their keys first appear.
     *
     * @param comparison a fact's comparison key, or null
     * @param company    a fact's company slug, or null for a fact about both
     * @param companies  the companies' slugs in column order
     */
    public static <F> List<Pair<F>> pairs(List<F> facts, Function<F, String> comparison, Function<F, String> company,
                                          List<String> companies) {
        Map<String, List<F>> groups = new LinkedHashMap<>();
        for (F f : facts) {
            if (comparison.apply(f) != null && company.apply(f) != null) {
                groups.computeIfAbsent(comparison.apply(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<Pair<F>> pairs = new ArrayList<>();
        groups.forEach((key, group) -> {
            List<List<F>> cells = companies.stream()
                    .map(c -> group.stream().filter(f -> c.equals(company.apply(f))).toList())
                    .toList();
            if (cells.stream().noneMatch(List::isEmpty)) {
                pairs.add(new Pair<>(key, cells));
            }
        });
        return pairs;
    }
}
