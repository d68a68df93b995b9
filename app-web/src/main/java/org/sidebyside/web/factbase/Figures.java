package org.sidebyside.web.factbase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.sidebyside.catalog.PartialDate;
import org.sidebyside.compare.Difference;
import org.sidebyside.compare.Figure;
import org.sidebyside.fact.ValueQualifier;
import java.util.List;
import org.sidebyside.catalog.SourceMetadata;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How figures, dates and differences read on a page: "about 427 million people",
 * "$17.8 billion", "61.4%", "12 July 2016". Used from templates as {@code @figures}.
 */
@Component("figures")
public class Figures {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion"};

    private final MessageSource messages;

    public Figures(MessageSource messages) {
        this.messages = messages;
    }

    private Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The value with its unit and qualifier, or an empty string for a fact without one. */
    public String value(FactView f) {
        if (f == null || f.value() == null) {
            return "";
        }
        return value(f.value(), f.unit(), f.qualifier());
    }

    public String value(BigDecimal value, String unit, ValueQualifier qualifier) {
        String amount = amount(value, unit);
        return qualifier == null ? amount
                : messages.getMessage("figure.qualifier." + qualifier.name(), new Object[] {amount}, locale());
    }

    private String amount(BigDecimal value, String unit) {
        String u = unit == null ? "" : unit.trim();
        return switch (u) {
            case "percent" -> messages.getMessage("figure.unit.percent", new Object[] {number(value)}, locale());
            case "USD" -> messages.getMessage("figure.unit.usd", new Object[] {scaled(value)}, locale());
            case "times" -> messages.getMessage("figure.unit.times", new Object[] {number(value)}, locale());
            case "rank" -> messages.getMessage("figure.unit.rank", new Object[] {number(value)}, locale());
            default -> scaled(value) + " " + u;
        };
    }

    /** A plain number in the reader's locale: 2,800 or 61.4. */
    public String number(BigDecimal value) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale());
        nf.setMaximumFractionDigits(4);
        return nf.format(value);
    }

    /** Large numbers in words: 17.8 billion, 427 million; numbers under a million as they are. */
    public String scaled(BigDecimal value) {
        BigDecimal v = value.abs();
        if (v.compareTo(THOUSAND.pow(2)) < 0) {
            return number(value);
        }
        int scale = 2;
        while (scale + 1 < SCALES.length && v.compareTo(THOUSAND.pow(scale + 1)) >= 0) {
            scale++;
        }
        BigDecimal in = value.divide(THOUSAND.pow(scale)).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return messages.getMessage("figure.scale." + SCALES[scale], new Object[] {number(in)}, locale());
    }

    /**
     * When a claim was made, from its source: "as reported in 2021" where the publication year is
     * known, "as reported in 2016 or later" where the article only shows the year it was written
     * in or after. Empty when unknown.
     */
    public String reported(SourceMetadata.ReportDate date) {
        if (date == null) {
            return "";
        }
        return messages.getMessage(date.exact() ? "fact.reported" : "fact.reportedFrom",
                new Object[] {String.valueOf(date.year())}, locale());
    }

    /** A fact's report dates joined ("as reported in 2016 or later and in 2021"); empty for a dated fact. */
    public String reported(FactView fact) {
        List<String> parts = fact.reported().stream().map(this::reported).toList();
        return parts.isEmpty() ? "" : String.join(messages.getMessage("fact.reported.and", null, locale()), parts);
    }

    /** As {@link #reported(FactView)}, as a line of its own: "As reported in 2016 or later". */
    public String reportedLine(FactView fact) {
        String r = reported(fact);
        return r.isEmpty() ? r : Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }

    /** When a claim holds: its own date ("As of 2014"), else when its source reported it; empty if neither is known. */
    public String when(FactView fact) {
        return fact.asOf() == null ? reportedLine(fact)
                : messages.getMessage("fact.asOf", new Object[] {date(fact.asOf())}, locale());
    }

    /** A date as precise as it is known: 2016, April 2016, 12 July 2016. */
    public String date(PartialDate date) {
        return date == null ? "" : date.display(locale());
    }

    /**
     * How two comparable figures differ, in words, when they share a unit: percentage points
     * for percentages, otherwise how many times the larger is the smaller. Where a figure is
     * approximate ("about", "more than") or the two are not of the same date, the difference
     * is rounded and says so, rather than claiming a precision the sources do not have.
     * Empty when the figures cannot be compared.
     */
    public String difference(FactView a, FactView b) {
        if (a == null || b == null) {
            return "";
        }
        return Difference.between(figure(a), figure(b)).map(d -> {
            FactView big = d.larger() == 0 ? a : b;
            FactView small = big == a ? b : a;
            String key = "compare.difference." + (d.kind() == Difference.Kind.POINTS ? "points" : "ratio")
                    + (d.approximate() ? "Roughly" : "");
            String suffix = switch (d.dating()) {
                case SAME_DATE -> "";
                case UNDATED -> messages.getMessage("compare.difference.undated", null, locale());
                case OTHER_DATES -> messages.getMessage("compare.difference.otherDates", null, locale());
            };
            return messages.getMessage(key, new Object[] {big.company().name(), number(d.amount()), small.company().name()},
                    locale()) + suffix;
        }).orElse("");
    }

    private static Figure figure(FactView f) {
        return new Figure(f.value(), f.unit(), f.qualifier(), f.asOf());
    }
}
