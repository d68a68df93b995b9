package org.sidebyside.web.admin.facts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.fact.CitationContent;
import org.sidebyside.fact.Fact;
import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactKind;
import org.sidebyside.fact.FactRules;
import org.sidebyside.fact.FactService;
import org.sidebyside.fact.ValueQualifier;
import org.springframework.validation.BindingResult;

/**
 * What the fact form submits: text fields exactly as typed (a failed save shows them again
 * unchanged), turned into {@link FactContent} for the domain rules. Never an entity.
 */
public class FactForm {

    @Size(max = 120, message = "{admin.fact.key.size}")
    private String key;
    private String company = "both";
    @NotBlank(message = "{admin.fact.topic.required}")
    private String topic;
    @NotBlank(message = "{admin.fact.kind.required}")
    private String kind = "STATEMENT";
    @NotBlank(message = "{admin.fact.statement.required}")
    @Size(max = FactRules.STATEMENT_MAX, message = "{admin.fact.statement.size}")
    private String statement;
    @Size(max = 40, message = "{admin.fact.value.size}")
    private String value;
    @Size(max = FactRules.UNIT_MAX, message = "{admin.fact.unit.size}")
    private String unit;
    @Size(max = FactRules.MEASURE_MAX, message = "{admin.fact.measure.size}")
    private String measure;
    private String qualifier;
    @Size(max = 10, message = "{admin.fact.asOf.invalid}")
    private String asOf;
    @Size(max = FactRules.COMPARISON_MAX, message = "{admin.fact.comparison.size}")
    private String comparison;
    @Size(max = FactRules.NOTE_MAX, message = "{admin.fact.note.size}")
    private String note;
    @Size(max = FactRules.MARKET_MAX, message = "{admin.fact.market.size}")
    private String market;
    private List<@Valid CitationForm> citations = new ArrayList<>();
    private long version;

    /** One citation row of the form. */
    public static class CitationForm {
        private String source;
        @Size(max = FactRules.QUOTE_MAX, message = "{admin.fact.quote.size}")
        private String quote;
        @Size(max = FactRules.CONTEXT_MAX, message = "{admin.fact.context.size}")
        private String prefix;
        @Size(max = FactRules.CONTEXT_MAX, message = "{admin.fact.context.size}")
        private String suffix;

        public CitationForm() {
        }

        CitationForm(CitationContent c) {
            this.source = c.sourceSlug();
            this.quote = c.quote();
            this.prefix = c.prefix();
            this.suffix = c.suffix();
        }

        boolean isBlank() {
            return (source == null || source.isBlank()) && (quote == null || quote.isBlank())
                    && (prefix == null || prefix.isBlank()) && (suffix == null || suffix.isBlank());
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public String getSuffix() {
            return suffix;
        }

        public void setSuffix(String suffix) {
            this.suffix = suffix;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getQuote() {
            return quote;
        }

        public void setQuote(String quote) {
            this.quote = quote;
        }
    }

    public static FactForm empty() {
        FactForm form = new FactForm();
        form.citations.add(new CitationForm());
        return form;
    }

    public static FactForm from(Fact fact) {
        return from(fact.getKey(), fact.content(), fact.getVersion());
    }

    public static FactForm from(FactService.State state) {
        return from(state.key(), state.content(), state.version());
    }

    private static FactForm from(String key, FactContent c, long version) {
        FactForm form = new FactForm();
        form.key = key;
        form.company = c.companySlug() == null ? "both" : c.companySlug();
        form.topic = c.topicSlug();
        form.kind = c.kind().name();
        form.statement = c.statement();
        form.value = c.value() == null ? null : c.value().toPlainString();
        form.unit = c.unit();
        form.measure = c.measure();
        form.qualifier = c.qualifier() == null ? null : c.qualifier().name();
        form.asOf = c.asOf() == null ? null : c.asOf().iso();
        form.comparison = c.comparison();
        form.note = c.note();
        form.market = c.market();
        c.citations().forEach(ci -> form.citations.add(new CitationForm(ci)));
        form.version = version;
        return form;
    }

    /** Drops empty citation rows and adds one empty row to type into. */
    void withBlankRow() {
        citations.removeIf(CitationForm::isBlank);
        citations.add(new CitationForm());
    }

    /**
     * The content to check and save; fields that cannot even be read (a value that is not a
     * number, a malformed date) are reported on {@code errors} and left out.
     */
    FactContent toContent(BindingResult errors) {
        BigDecimal v = null;
        if (value != null && !value.isBlank()) {
            try {
                v = new BigDecimal(value.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                errors.rejectValue("value", "admin.fact.value.number");
            }
        }
        PartialDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = PartialDate.parse(asOf);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("asOf", "admin.fact.asOf.invalid");
            }
        }
        FactKind k = null;
        try {
            k = kind == null ? null : FactKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("kind", "admin.fact.kind.required");
        }
        ValueQualifier q = null;
        if (qualifier != null && !qualifier.isBlank()) {
            try {
                q = ValueQualifier.valueOf(qualifier);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("qualifier", "admin.fact.qualifier.invalid");
            }
        }
        List<CitationContent> cited = new ArrayList<>();
        for (CitationForm c : citations) {
            if (!c.isBlank()) {
                cited.add(new CitationContent(blankToNull(c.source), c.quote, c.prefix, c.suffix));
            }
        }
        return new FactContent("both".equals(company) || company == null || company.isBlank() ? null : company,
                topic, k, statement, v, blankToNull(unit), q, date, blankToNull(comparison), blankToNull(note), cited,
                blankToNull(market), blankToNull(measure));
    }

    /**
     * The citation rows as {@link #toContent} numbered them (blank rows skipped), so a
     * problem on {@code citations[i]} lands on the right row of the form.
     */
    int formRowOfCitation(int contentIndex) {
        int seen = -1;
        for (int row = 0; row < citations.size(); row++) {
            if (!citations.get(row).isBlank() && ++seen == contentIndex) {
                return row;
            }
        }
        return contentIndex;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getComparison() {
        return comparison;
    }

    public void setComparison(String comparison) {
        this.comparison = comparison;
    }

    public String getMarket() {
        return market;
    }

    public void setMarket(String market) {
        this.market = market;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<CitationForm> getCitations() {
        return citations;
    }

    public void setCitations(List<CitationForm> citations) {
        this.citations = citations;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
