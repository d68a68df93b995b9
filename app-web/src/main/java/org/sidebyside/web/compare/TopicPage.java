package org.sidebyside.web.compare;

import org.sidebyside.web.factbase.DisagreementView;
import java.util.List;
import org.sidebyside.web.factbase.ChartView;
import org.sidebyside.web.factbase.FactView;
import org.sidebyside.web.factbase.Footnotes;
import org.sidebyside.web.factbase.PairRow;
import org.sidebyside.web.factbase.TopicView;

/**
 * One topic compared: paired rows first, then what only one company has (a column each),
 * then what the articles say of both, then the markets' context (facts about a market or a
 * country, never in a company's column); in the "differences only" view just the paired rows.
 * Where the sources disagree on the topic is listed with it.
 */
public record TopicPage(TopicView topic, List<PairRow> rows, List<List<FactView>> columns, List<FactView> both,
                        List<FactView> context, List<DisagreementView> disagreements, List<ChartView> charts,
                        Footnotes footnotes, boolean differencesOnly, TopicView previous, TopicView next, int factCount) {
}
