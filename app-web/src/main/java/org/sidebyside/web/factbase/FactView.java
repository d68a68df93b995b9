package org.sidebyside.web.factbase;

import java.math.BigDecimal;
import java.util.List;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.catalog.SourceMetadata.ReportDate;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.ValueQualifier;

/**
 * One published fact, ready for a page.
 *
 * @param id the order facts were added in, which for the seed files is the articles' order
 * @param company null when the fact is about both companies, or about a market
 * @param market the market a fact of context is about ("China"); null for a company's fact
 * @param disputes the disagreements this fact stands in, as students see them
 * @param inQuizzes whether study mode may ask about it
 * @param measure what the value measures, shown with it; null for a fact without a value
 */
public record FactView(long id, String key, CompanyView company, TopicView topic, FactKind kind, String statement,
                       BigDecimal value, String unit, ValueQualifier qualifier, PartialDate asOf, String comparison,
                       String note, List<CitationView> citations, String market, List<Dispute> disputes,
                       boolean inQuizzes, String measure) {

    /** A disagreement a fact stands in: where to read it. */
    public record Dispute(String key, String subject) {

        /** The disagreement's anchor on {@code /disagreements}. */
        public String anchor() {
            return "d-" + key;
        }
    }

    public boolean isFigure() {
        return value != null;
    }

    public boolean aboutBoth() {
        return company == null && market == null;
    }

    /** Context about a market or a country, not a claim about either company. */
    public boolean isContext() {
        return market != null;
    }

    /**
     * When an undated claim was made: the report dates of the articles that state it, so that
     * a 2016 claim never reads as timeless beside a 2021 one. Empty for a fact with its own date.
     */
    public List<ReportDate> reported() {
        if (asOf != null) {
            return List.of();
        }
        return citations.stream().map(c -> c.source().reported()).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.comparingInt(ReportDate::year)).toList();
    }

    /** The page anchor of this fact wherever it is listed. */
    public String anchor() {
        return "fact-" + key;
    }
}
