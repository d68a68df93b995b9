package org.sidebyside.web.export;

import java.math.BigDecimal;
import java.util.List;
import org.sidebyside.web.factbase.FactView;

/**
 * A published fact as exported and served by the API: plain values, stable field names.
 *
 * @param company the company's slug, or {@code both}; null for a fact about a market
 * @param asOf the date as precise as known: {@code 2014}, {@code 2016-04}, {@code 2016-07-12}
 * @param market the market a fact of context is about; null for a company's fact
 * @param measure what the value measures; null for a fact without a value
 * @param disagreements the keys of the disagreements the fact stands in ({@code /api/disagreements/{key}})
 */
public record FactRecord(String key, String company, String topic, String kind, String statement, BigDecimal value,
                         String unit, String qualifier, String asOf, String comparison, String note,
                         List<CitationRecord> citations, String market, List<String> disagreements,
                         String measure) {

    /**
     * A quote and where it stands in its source.
     *
     * @param reported the year the source's claims were made: {@code 2021}, or {@code 2016+} where the
     *                 article was written in that year or later; null where unknown
     */
    public record CitationRecord(String source, String sourceTitle, String quote, int start, int end, String reported) {
    }

    public static FactRecord of(FactView f) {
        return new FactRecord(f.key(), f.isContext() ? null : f.company() == null ? "both" : f.company().slug(),
                f.topic().slug(), f.kind().name().toLowerCase(java.util.Locale.ROOT), f.statement(), f.value(), f.unit(),
                f.qualifier() == null ? null : f.qualifier().code(), f.asOf() == null ? null : f.asOf().iso(),
                f.comparison(), f.note(),
                f.citations().stream().map(c -> new CitationRecord(c.source().slug(), c.source().displayTitle(),
                        c.quote(), c.start(), c.end(), c.source().reported() == null ? null
                        : c.source().reported().year() + (c.source().reported().exact() ? "" : "+"))).toList(),
                f.market(), f.disputes().stream().map(FactView.Dispute::key).toList(), f.measure());
    }
}
