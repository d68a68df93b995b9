package org.sidebyside.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, written {@code 2016}, {@code 2016-04} or
 * {@code 2016-07-12}. Stored as the first day of the period plus its precision.
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; rejects anything else. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a date is written YYYY, YYYY-MM or YYYY-MM-DD, not \"" + text + "\"");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date");
        }
    }

    /** Rebuilds a date from its two columns; null when the columns are empty. */
    public static PartialDate ofNullable(LocalDate date, DatePrecision precision) {
        return date == null || precision == null ? null : new PartialDate(date, precision);
    }

    public int year() {
        return date.getYear();
    }

    /** The ISO form it was written in: {@code 2016}, {@code 2016-04}, {@code 2016-07-12}. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }

    /** A reader's form: {@code 2016}, {@code April 2016}, {@code 12 July 2016}. */
    public String display(Locale locale) {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, locale);
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> month + " " + date.getYear();
            case DAY -> date.getDayOfMonth() + " " + month + " " + date.getYear();
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
