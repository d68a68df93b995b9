package org.sidebyside.fact;

import org.sidebyside.Versioned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sidebyside.catalog.Company;
import org.sidebyside.catalog.DatePrecision;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.catalog.Slugs;
import org.sidebyside.catalog.Source;
import org.sidebyside.catalog.Topic;
import org.sidebyside.factbase.FactBaseChangeListener;
import org.sidebyside.quote.QuoteSpan;

/**
 * One claim an article makes about a company (or both), with the citations it rests on.
 * Its key is stable: it names the fact in URLs and seed files and never changes.
 */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class Fact extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fact_key")
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @Enumerated(EnumType.STRING)
    private FactKind kind;

    private String statement;

    private BigDecimal value;

    private String unit;

    /** What the figure measures, shown with its value; null for a fact without a value. */
    private String measure;

    @Enumerated(EnumType.STRING)
    private ValueQualifier qualifier;

    private LocalDate asOf;

    @Enumerated(EnumType.STRING)
    private DatePrecision asOfPrecision;

    private String comparison;

    private String note;

    /** The market a fact of context is about; null for a company's fact. */
    private String market;

    @Enumerated(EnumType.STRING)
    private FactStatus status;

    /** Whether study mode may ask about this fact; instructors take a fact out of the quizzes. */
    private boolean inQuizzes = true;

    private String importFingerprint;

    /** Words a search should find this fact by besides its statement; kept in step by apply(). */
    private String searchContext = "";

    /** The quotes, for the search vector. */
    private String searchQuotes = "";

    private Instant createdAt;

    private Instant updatedAt;


    @OneToMany(mappedBy = "fact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Citation> citations = new ArrayList<>();

    protected Fact() {
    }

    Fact(String key, FactStatus status) {
        this.key = Slugs.require(key);
        this.status = status;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * Replaces the content. The caller ({@link FactService}) has checked it against
     * {@link FactRules} and resolved the references; spans line up with the citations.
     */
    void apply(FactContent c, Company company, Topic topic, List<Source> sources, List<QuoteSpan> spans,
               String namesOfAllCompanies) {
        this.company = company;
        this.topic = topic;
        this.kind = c.kind();
        this.statement = c.statement().strip();
        this.value = c.value();
        this.unit = c.value() == null ? null : c.unit().strip();
        this.measure = c.value() == null ? null : blankToNull(c.measure());
        this.qualifier = c.qualifier();
        this.asOf = c.asOf() == null ? null : c.asOf().date();
        this.asOfPrecision = c.asOf() == null ? null : c.asOf().precision();
        this.comparison = blankToNull(c.comparison());
        this.note = blankToNull(c.note());
        this.market = c.market();
        // rewrite citations in place: replacing them would insert the new rows before the
        // orphans are deleted and collide on (fact, position)
        int n = c.citations().size();
        while (citations.size() > n) {
            citations.remove(citations.size() - 1);
        }
        for (int i = 0; i < n; i++) {
            CitationContent cited = c.citations().get(i);
            if (i < citations.size()) {
                citations.get(i).cite(sources.get(i), cited, spans.get(i));
            } else {
                citations.add(new Citation(this, i + 1, sources.get(i), cited, spans.get(i)));
            }
        }
        indexForSearch(namesOfAllCompanies);
        this.searchQuotes = String.join(" ", c.citations().stream().map(CitationContent::quote).toList());
        this.updatedAt = Instant.now();
    }

    /**
     * What search finds the fact by besides its own words: its topic's and company's names
     * (every company's for a fact about both), its comparison, key, unit and kind. Kept again
     * whenever one of those names changes.
     */
    void indexForSearch(String namesOfAllCompanies) {
        this.searchContext = String.join(" ", topic.getName(),
                company != null ? company.getName() : market != null ? market : namesOfAllCompanies,
                comparison == null ? "" : comparison.replace('-', ' '),
                key.replace('-', ' '), unit == null ? "" : unit, kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    void markImported(String fingerprint) {
        this.importFingerprint = fingerprint;
    }

    public void publish() {
        this.status = FactStatus.PUBLISHED;
    }

    public void unpublish() {
        this.status = FactStatus.DRAFT;
    }

    void askInQuizzes(boolean ask) {
        this.inQuizzes = ask;
    }

    public boolean isInQuizzes() {
        return inQuizzes;
    }

    /** The content as plain values, for comparing and for filling a form. */
    public FactContent content() {
        return new FactContent(company == null ? null : company.getSlug(), topic.getSlug(), kind, statement,
                value, unit, qualifier, getAsOf(), comparison, note,
                citations.stream().map(Citation::content).toList(), market, measure);
    }

    /** Whether the content differs from what the last import wrote (or no import wrote it). */
    public boolean editedSinceImport() {
        return importFingerprint == null || !importFingerprint.equals(content().fingerprint());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    /** What the figure measures; null for a fact without a value. */
    public String getMeasure() {
        return measure;
    }

    /** The market a fact of context is about ("China"); null for a company's fact. */
    public String getMarket() {
        return market;
    }

    /** Null when the fact is about both companies, or about a market. */
    public Company getCompany() {
        return company;
    }

    public Topic getTopic() {
        return topic;
    }

    public FactKind getKind() {
        return kind;
    }

    public String getStatement() {
        return statement;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public ValueQualifier getQualifier() {
        return qualifier;
    }

    public PartialDate getAsOf() {
        return PartialDate.ofNullable(asOf, asOfPrecision);
    }

    public String getComparison() {
        return comparison;
    }

    public String getNote() {
        return note;
    }

    public FactStatus getStatus() {
        return status;
    }

    public String getImportFingerprint() {
        return importFingerprint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }


    public List<Citation> getCitations() {
        return List.copyOf(citations);
    }
}
