package org.sidebyside.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sidebyside.catalog.Source;
import org.sidebyside.factbase.FactBaseChangeListener;
import org.sidebyside.quote.QuoteSpan;

/** One term of the glossary: our definition, and the article's own words where one defines it. */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String term;

    private String forms;

    private String definition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    private String quote;

    private Integer startOffset;

    private Integer endOffset;

    private int position;

    protected GlossaryTerm() {
    }

    GlossaryTerm(String slug) {
        this.slug = slug;
    }

    /** Returns whether anything changed. */
    boolean define(GlossaryContent c, Source source, QuoteSpan span, int position) {
        String newForms = String.join("\n", c.also());
        boolean changed = !Objects.equals(term, c.term()) || !Objects.equals(forms, newForms)
                || !Objects.equals(definition, c.definition()) || !Objects.equals(quote, c.quote())
                || !Objects.equals(this.source == null ? null : this.source.getSlug(), c.sourceSlug())
                || this.position != position;
        this.term = c.term();
        this.forms = newForms;
        this.definition = c.definition();
        this.source = source;
        this.quote = c.quote();
        this.startOffset = span == null ? null : span.start();
        this.endOffset = span == null ? null : span.end();
        this.position = position;
        return changed;
    }

    public String getSlug() {
        return slug;
    }

    public String getTerm() {
        return term;
    }

    /** The other spellings the term takes in the articles. */
    public List<String> getAlso() {
        return forms == null || forms.isEmpty() ? List.of() : Arrays.asList(forms.split("\n"));
    }

    public String getDefinition() {
        return definition;
    }

    /** The article that defines the term, or null where only our definition stands. */
    public Source getSource() {
        return source;
    }

    public String getQuote() {
        return quote;
    }

    public Integer getStartOffset() {
        return startOffset;
    }

    public int getPosition() {
        return position;
    }
}
