package org.sidebyside.fact;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.sidebyside.catalog.Source;
import org.sidebyside.factbase.FactBaseChangeListener;
import org.sidebyside.quote.QuoteSpan;

/** The quote a fact rests on, and where it stands in its source. Part of its fact. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Citation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fact_id")
    private Fact fact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private Source source;

    private int position;

    private String quote;

    private int startOffset;

    private int endOffset;

    private String quotePrefix;

    private String quoteSuffix;

    protected Citation() {
    }

    Citation(Fact fact, int position, Source source, CitationContent content, QuoteSpan span) {
        this.fact = fact;
        this.position = position;
        cite(source, content, span);
    }

    void cite(Source source, CitationContent content, QuoteSpan span) {
        this.source = source;
        this.quote = content.quote().strip();
        this.quotePrefix = content.prefix();
        this.quoteSuffix = content.suffix();
        this.startOffset = span.start();
        this.endOffset = span.end();
    }

    public Long getId() {
        return id;
    }

    public Fact getFact() {
        return fact;
    }

    public Source getSource() {
        return source;
    }

    /** 1-based, in the fact's order. */
    public int getPosition() {
        return position;
    }

    public String getQuote() {
        return quote;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    /** The words just before the quote that say which of its occurrences is meant; usually null. */
    public String getQuotePrefix() {
        return quotePrefix;
    }

    /** The words just after the quote that say which of its occurrences is meant; usually null. */
    public String getQuoteSuffix() {
        return quoteSuffix;
    }

    public CitationContent content() {
        return new CitationContent(source.getSlug(), quote, quotePrefix, quoteSuffix);
    }
}
