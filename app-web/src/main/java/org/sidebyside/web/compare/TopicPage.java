package org.sidebyside.web.compare;

import java.util.List;
import org.sidebyside.web.factbase.ChartView;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.PairRow;
import org.sidebyside.web.factbase.TopicView;

/**
 * One topic compared: paired rows first, then what only one company has (a column each),
 * then what the articles say of both; in the "differences only" view just the paired rows.
 */
public record TopicPage(TopicView topic, List<PairRow> rows, List<List<FactView>> columns, List<FactView> both,
                        List<ChartView> charts, Footnotes footnotes, boolean differencesOnly, TopicView previous,
                        TopicView next, int factCount) {
}
