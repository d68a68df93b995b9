package org.sidebyside.fact;

import java.math.BigDecimal;
import java.util.List;
import org.sidebyside.Fingerprint;
import org.sidebyside.catalog.PartialDate;

/**
 * Everything a fact says, as plain values: what the importer reads from a seed file and an
 * admin form submits. {@link FactRules} checks it; {@link FactService} applies it.
 *
 * @param companySlug null when the fact is about both companies, or about a market
 * @param market the market or country a fact of context is about ("China"), which then names no
 *               company; null for a company's fact
 * @param measure what the value measures ("Tmall's share of China's online B2C merchandise value"),
 *                so that a bare "25%" never stands alone; null for a fact without a value
 */
public record FactContent(String companySlug, String topicSlug, FactKind kind, String statement,
                          BigDecimal value, String unit, ValueQualifier qualifier, PartialDate asOf,
                          String comparison, String note, List<CitationContent> citations, String market,
                          String measure) {

    public FactContent {
        citations = citations == null ? List.of() : List.copyOf(citations);
        value = value == null ? null : value.stripTrailingZeros();
        market = market == null || market.isBlank() ? null : market.strip();
        measure = measure == null || measure.isBlank() ? null : measure.strip();
    }

    /** A company's fact (or one about both). */
    public FactContent(String companySlug, String topicSlug, FactKind kind, String statement,
                       BigDecimal value, String unit, ValueQualifier qualifier, PartialDate asOf,
                       String comparison, String note, List<CitationContent> citations) {
        this(companySlug, topicSlug, kind, statement, value, unit, qualifier, asOf, comparison, note, citations,
                null, null);
    }

    /** The same content saying what its value measures. */
    public FactContent withMeasure(String what) {
        return new FactContent(companySlug, topicSlug, kind, statement, value, unit, qualifier, asOf, comparison, note,
                citations, market, what);
    }

    /**
     * A digest of the content. Stored at import, it tells a later import whether the fact
     * was edited in the app since (the digest of its current content differs).
     */
    public String fingerprint() {
        Fingerprint f = new Fingerprint().add(companySlug).add(topicSlug).add(kind).add(statement)
                .add(value == null ? null : value.toPlainString()).add(unit).add(qualifier)
                .add(asOf == null ? null : asOf.iso()).add(comparison).add(note);
        for (CitationContent c : citations) {
            f.add(c.sourceSlug()).add(c.quote());
            // only where present, so that the digests of facts without them stay as they were
            if (c.prefix() != null || c.suffix() != null) {
                f.add(c.prefix()).add(c.suffix());
            }
        }
        if (market != null) {
            f.add("market").add(market);
        }
        if (measure != null) {
            f.add("measure").add(measure);
        }
        return f.hex();
    }
}
