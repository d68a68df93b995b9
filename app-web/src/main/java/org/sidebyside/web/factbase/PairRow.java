package org.sidebyside.web.factbase;

import java.util.List;

/**
 * One row of a side-by-side comparison: the facts each company has under one comparison
 * key, one cell per company in column order (a cell may be empty), and how the figures
 * differ where they can be compared.
 */
public record PairRow(String comparison, List<List<FactView>> cells, String difference) {

    public List<FactView> facts() {
        return cells.stream().flatMap(List::stream).toList();
    }
}
