package org.sidebyside.web.factbase;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart of comparable figures: the data table that is its fallback without JavaScript,
 * and what the script draws from that table.
 */
public record ChartView(String id, String title, String caption, String unit, String alt, List<Point> points,
                        List<SourceView> sources) {

    /** One bar: a company's figure, as a number for the chart and as text for the table. */
    public record Point(FactView fact, String label, BigDecimal value, String display, String date) {
    }
}
