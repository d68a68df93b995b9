package org.sidebyside.web.factbase;

import java.math.BigDecimal;
import java.util.List;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.ValueQualifier;

/**
 * One published fact, ready for a page.
 *
 * @param id the order facts were added in, which for the seed files is the articles' order
 * @param company null when the fact is about both companies
 */
public record FactView(long id, String key, CompanyView company, TopicView topic, FactKind kind, String statement,
                       BigDecimal value, String unit, ValueQualifier qualifier, PartialDate asOf, String comparison,
                       String note, List<CitationView> citations) {

    public boolean isFigure() {
        return value != null;
    }

    public boolean aboutBoth() {
        return company == null;
    }

    /** The page anchor of this fact wherever it is listed. */
    public String anchor() {
        return "fact-" + key;
    }
}
